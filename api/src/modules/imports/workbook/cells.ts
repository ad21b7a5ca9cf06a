import { PHONE_PATTERN } from '@tongxin/types';

/** A cell as text: numbers as written (Excel keeps phones typed as numbers), booleans as 是/否, blanks as ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value)
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim();
}

/** Full-width digits, letters and punctuation (０-９, Ａ, －) typed by a Chinese IME → their ASCII forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 138 0000 0001, 138-0000-0001, +86 13800000001, １３８… → 13800000001; null when it is not a mainland mobile. */
export function parsePhone(text: string): string | null {
  const digits = halfWidth(text).replace(/[\s\-()（）]/g, '');
  const phone = digits.replace(/^(\+?86)(?=1\d{10}$)/, '');
  return PHONE_PATTERN.test(phone) ? phone : null;
}

/** A whole number within [min, max]; null when the text is anything else (1.5, 三, 1e3). */
export function parseInteger(text: string, min: number, max: number): number | null {
  const value = halfWidth(text).trim();
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** A decimal number within [min, max] (coordinates); null otherwise. */
export function parseDecimal(text: string, min: number, max: number): number | null {
  const value = halfWidth(text).trim();
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** A name as people type it: inner runs of spaces collapsed. */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `2`, `2单元`, `２单元`, `2 单元` → `2`. Units are how entrances are numbered; letters are kept (A, B座). */
export function normaliseUnit(text: string): string {
  return halfWidth(text).replace(/\s+/g, '').replace(/单元$/, '').toUpperCase();
}

/** `502`, `502室`, `５０２号` → `502`. */
export function normaliseRoom(text: string): string {
  return halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/(室|号|户)$/, '')
    .toUpperCase();
}

/** How a home is written on a residence binding (`3单元502`, as residents type it), or the room alone. */
export function householdLabel(unit: string, room: string): string {
  return unit ? `${unit}单元${room}` : room;
}
