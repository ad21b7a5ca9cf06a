import { IDEMPOTENCY_KEY_PATTERN, newIdempotencyKey } from './idempotency-key';

describe('newIdempotencyKey', () => {
  it('fits the API pattern and differs per call', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(IDEMPOTENCY_KEY_PATTERN);
  });
});
