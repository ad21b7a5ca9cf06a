import { createHash } from 'node:crypto';

import { v7 } from 'uuid';

/**
 * A new row id: a version 7 UUID, which starts with the time in milliseconds and counts up within one, so ids
 * sort in the order rows were made. Lists break created_at ties by id (SQLite's default timestamps are whole
 * seconds), and InnoDB appends new rows at the end of the primary key instead of splitting pages.
 */
export const newId = (): string => v7();

/** A stable UUID (version 5 layout) for a name, so demo data gets the same ids on every machine. */
export function stableId(name: string): string {
  const bytes = createHash('sha1').update(`tongxin:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
