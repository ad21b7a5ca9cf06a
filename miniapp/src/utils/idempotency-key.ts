const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const RANDOM_CHARS = 16;

/**
 * A fresh Idempotency-Key (24–32 of [A-Za-z0-9_-]) for one user action. Make it once per tap of
 * 确认 and reuse it when that same action is retried, so the API never pays or charges twice.
 */
export function newIdempotencyKey(): string {
  let random = '';
  for (let i = 0; i < RANDOM_CHARS; i += 1) random += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return `${Date.now().toString(36)}-${random}`;
}

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
