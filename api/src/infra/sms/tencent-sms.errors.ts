import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../http/domain.exception';

/**
 * A Tencent Cloud SMS error code (a SendStatus.Code, or Response.Error.Code) as a DomainException.
 * `undefined` means the call itself failed (network, timeout, non-200) before Tencent gave a code.
 */
export function tencentSmsError(code: string | undefined): DomainException {
  const details = code ? { provider: 'tencent', code } : { provider: 'tencent' };
  if (code === 'InvalidParameterValue.IncorrectPhoneNumber') {
    return new DomainException(ErrorCode.InvalidPhone, '手机号格式不正确', details);
  }
  if (code?.startsWith('LimitExceeded.')) {
    return new DomainException(ErrorCode.SmsRateLimited, '短信发送太频繁，请稍后再试', details);
  }
  return new DomainException(ErrorCode.SmsUnavailable, '短信服务暂时不可用，请稍后再试', details);
}
