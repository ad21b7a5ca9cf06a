import { type ImportCountLine, ImportKind, ImportStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** One apply of a workbook (written, or refused for bad rows): who, when, what, where, and what it did. */
@Entity('imports')
@Index('idx_imports_scope_created', ['scopeId', 'createdAt'])
export class ImportRun {
  @IdColumn()
  id: string;

  @Column({ type: 'simple-enum', enum: ImportKind })
  kind: ImportKind;

  @Column({ type: 'simple-enum', enum: ImportStatus })
  status: ImportStatus;

  /** The street or community the workbook was imported into: who may list it. */
  @RefColumn({ name: 'scope_id' })
  scopeId: string;

  @Index('idx_imports_actor')
  @RefColumn({ name: 'actor_id' })
  actorId: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  /** SHA-256 (hex) of the workbook's bytes. */
  @Column({ name: 'file_hash', type: 'varchar', length: 64 })
  fileHash: string;

  @Column({ name: 'row_count', type: 'int' })
  rowCount: number;

  @Column({ name: 'created_count', type: 'int' })
  createdCount: number;

  @Column({ name: 'changed_count', type: 'int' })
  changedCount: number;

  @Column({ name: 'unchanged_count', type: 'int' })
  unchangedCount: number;

  @Column({ name: 'error_count', type: 'int' })
  errorCount: number;

  /** What was created, changed and left alone, per kind of thing. */
  @Column({ type: 'simple-json' })
  breakdown: ImportCountLine[];

  @CreatedAtColumn()
  createdAt: Date;
}
