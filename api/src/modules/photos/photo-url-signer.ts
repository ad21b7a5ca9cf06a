import { createHmac, timingSafeEqual } from 'node:crypto';

import { API_PREFIX } from '@tongxin/types';

export const PHOTO_VARIANTS = ['full', 'thumb'] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

// Expiry times are rounded up to this step so one photo keeps the same URL for a while and clients can cache it.
const EXPIRY_STEP_SECONDS = 300;

/** Signs and checks photo file URLs: HMAC-SHA256 over id, variant and expiry (unix seconds). */
export class PhotoUrlSigner {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  /** `/api/photos/<id>/file?variant=…&exp=…&sig=…`, relative to the API's origin. */
  url(id: string, variant: PhotoVariant, nowMs = Date.now()): string {
    const step = Math.min(EXPIRY_STEP_SECONDS, this.ttlSeconds);
    const exp = Math.ceil((Math.floor(nowMs / 1000) + this.ttlSeconds) / step) * step;
    const query = new URLSearchParams({ variant, exp: String(exp), sig: this.signature(id, variant, exp) });
    return `/${API_PREFIX}/photos/${encodeURIComponent(id)}/file?${query.toString()}`;
  }

  /** Seconds the URL stays valid, or null when the signature is wrong or has expired. */
  verify(
    { id, variant, exp, sig }: { id: string; variant: string; exp?: string; sig?: string },
    nowMs = Date.now(),
  ): number | null {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp) || !(PHOTO_VARIANTS as readonly string[]).includes(variant))
      return null;
    const remaining = Number(exp) - Math.floor(nowMs / 1000);
    if (remaining <= 0) return null;
    const expected = Buffer.from(this.signature(id, variant as PhotoVariant, Number(exp)), 'base64url');
    const given = Buffer.from(sig, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected) ? remaining : null;
  }

  private signature(id: string, variant: PhotoVariant, exp: number): string {
    return createHmac('sha256', this.secret).update(`${id}\n${variant}\n${exp}`).digest('base64url');
  }
}
