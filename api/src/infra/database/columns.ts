import { Column, type ColumnOptions, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// Portable across MySQL 8, MariaDB and SQLite: datetime(3) keeps milliseconds on MariaDB too.
const DATETIME: ColumnOptions = { type: 'datetime', precision: 3 };

export const IdColumn = () => PrimaryColumn({ type: 'varchar', length: 36 });
export const RefColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 36, ...options });
export const DateTimeColumn = (options: ColumnOptions = {}) => Column({ ...DATETIME, ...options });
// datetime(6) with CURRENT_TIMESTAMP(6): MySQL 8 requires the default's precision to match the column's.
export const CreatedAtColumn = () => CreateDateColumn({ type: 'datetime', precision: 6, name: 'created_at' });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: 'datetime', precision: 6, name: 'updated_at' });
