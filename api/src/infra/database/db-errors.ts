import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Duplicate-key errors differ per driver; map them here and nowhere else. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return (
    code === 'ER_DUP_ENTRY' ||
    errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Inserts a row unless its key already exists (a concurrent caller may have just inserted it). Used outside
 * transactions for the counter rows that conditional UPDATEs then change.
 */
export async function insertUnlessPresent<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T,
): Promise<void> {
  try {
    await manager.insert(entity, row as never);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
