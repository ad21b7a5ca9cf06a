import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../http/domain.exception';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** 13812345678 → +8613812345678 (E.164, as Tencent Cloud wants it); anything else is INVALID_PHONE. */
export function toE164Mainland(phone: string): string {
  if (!MAINLAND_MOBILE.test(phone)) throw new DomainException(ErrorCode.InvalidPhone, '手机号格式不正确');
  return `+86${phone}`;
}
