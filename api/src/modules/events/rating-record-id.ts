import { createHash } from 'node:crypto';

/**
 * A rating is keyed by (event, member); moderation names records by one id. This one is derived, stable and
 * UUID-shaped, so a rating's comment can have a moderation case without a column of its own.
 */
export function ratingRecordId(eventId: string, memberId: string): string {
  const hex = createHash('sha1').update(`rating:${eventId}:${memberId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
