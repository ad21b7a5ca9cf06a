import { ErrorCode } from '@tongxin/types';

import { tencentSmsError } from './tencent-sms.errors';

describe('tencentSmsError', () => {
  it.each([
    ['InvalidParameterValue.IncorrectPhoneNumber', ErrorCode.InvalidPhone],
    ['LimitExceeded.PhoneNumberDailyLimit', ErrorCode.SmsRateLimited],
    ['LimitExceeded.PhoneNumberThirtySecondLimit', ErrorCode.SmsRateLimited],
    ['LimitExceeded.DeliveryFrequencyLimit', ErrorCode.SmsRateLimited],
    ['FailedOperation.InsufficientBalanceInSmsPackage', ErrorCode.SmsUnavailable],
    ['FailedOperation.TemplateIncorrectOrUnapproved', ErrorCode.SmsUnavailable],
    ['AuthFailure.SignatureFailure', ErrorCode.SmsUnavailable],
    ['InternalError.Timeout', ErrorCode.SmsUnavailable],
    ['LimitExceeded', ErrorCode.SmsUnavailable],
  ])('maps %s to %s', (code, expected) => {
    const error = tencentSmsError(code);
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.details).toEqual({ provider: 'tencent', code });
  });

  it('treats a call that got no code (network, timeout) as unavailable', () => {
    expect(tencentSmsError(undefined).code).toBe(ErrorCode.SmsUnavailable);
  });
});
