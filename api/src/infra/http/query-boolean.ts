import { Transform } from 'class-transformer';

/**
 * A boolean in a query string: only `true` and `false` become booleans; anything else stays as sent, so
 * `@IsBoolean()` refuses it. (`@Type(() => Boolean)` would read the string "false" as true.)
 */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
