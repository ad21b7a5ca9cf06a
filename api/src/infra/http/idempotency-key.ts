import { ErrorCode } from '@tongxin/types';

import { DomainException } from './domain.exception';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** The client's `Idempotency-Key` header, required on writes a retry must not repeat (awards, redemptions). */
export function requireIdempotencyKey(key: string | undefined): string {
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new DomainException(ErrorCode.ValidationFailed, '缺少请求编号', [
      { field: 'Idempotency-Key', problems: ['请求头 Idempotency-Key 必须是 8–64 位字母、数字、- 或 _'] },
    ]);
  }
  return key;
}
