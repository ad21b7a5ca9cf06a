import type { EntityManager, ObjectLiteral } from 'typeorm';

/** Raw query rows: SQLite returns datetimes as strings and mysql2 as Date; read both as UTC. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/**
 * Runs hand-written SQL with `:name` parameters (`:...name` for lists) on either driver. For the hot lists: a query
 * builder spends more CPU building the SQL than the database spends answering it. Write identifiers unquoted and
 * portable; the driver turns parameters into placeholders (and dates into what SQLite stores).
 */
export function queryRaw<T>(manager: EntityManager, sql: string, params: ObjectLiteral = {}): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query<T[]>(text, values);
}

/** Index hints are MySQL/MariaDB syntax; SQLite picks its own. */
export function useIndex(manager: EntityManager, index: string): string {
  return manager.connection.driver.options.type === 'better-sqlite3' ? '' : ` USE INDEX (${index})`;
}
