import type { Readable } from 'node:stream';

export interface StoredObject {
  body: Buffer | Readable;
  contentType: string;
}

/**
 * Where uploaded files live (local disk or an S3-compatible bucket). Inject it by this class.
 * Keys are relative paths of `[A-Za-z0-9._-]` segments separated by `/`, e.g. `photos/2025/06/<id>.jpg`.
 */
export abstract class ObjectStorage {
  /** Writes (or overwrites) an object. */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  abstract get(key: string): Promise<StoredObject | null>;
  /** Removes an object; removing a missing one is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Throws unless `key` is a plain relative path: no `..`, no leading `/`, no empty or hidden segments. */
export function assertSafeKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || key.length > 200 || !segments.every((s) => SEGMENT.test(s) && s !== '..')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
