/** Header that makes a retried POST safe to repeat. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
