import { ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';

function numberDetail(details: unknown, key: string): number | null {
  if (typeof details !== 'object' || details === null || !(key in details)) return null;
  const value: unknown = (details as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

/** Seconds the API asks us to wait before sending another code, if it said so. */
export function retryAfterSeconds(error: unknown): number | null {
  return isApiError(error) ? numberDetail(error.details, 'retryAfterSeconds') : null;
}

/** Copy for a failed sms/send or sms/login, in the words a resident would use. */
export function smsErrorMessage(error: unknown): string {
  if (!isApiError(error)) return errorMessage(error);
  switch (error.code) {
    case ErrorCode.InvalidPhone:
    case ErrorCode.ValidationFailed:
      return '手机号格式不正确，请检查后重试';
    case ErrorCode.SmsRateLimited: {
      const wait = retryAfterSeconds(error);
      return wait ? `发送太频繁，请 ${wait} 秒后再试` : '发送太频繁，请稍后再试';
    }
    case ErrorCode.SmsCodeInvalid: {
      const left = numberDetail(error.details, 'attemptsLeft');
      return left !== null ? `验证码不正确，还可以再试 ${left} 次` : '验证码不正确';
    }
    case ErrorCode.SmsCodeLocked:
      return '验证码错误次数过多，请重新获取验证码';
    case ErrorCode.SmsUnavailable:
      return '短信服务暂时不可用，请稍后再试';
    default:
      return errorMessage(error);
  }
}
