import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../http/domain.exception';

/** errcodes that mean "this access_token is no longer good": fetch a fresh one and retry once. */
export const TOKEN_REJECTED_ERRCODES: ReadonlySet<number> = new Set([40001, 42001]);

/** The WeChat calls we make, named in error details so logs say which one failed. */
export type WechatApi =
  'jscode2session' | 'stable_token' | 'getuserphonenumber' | 'subscribe_send' | 'msg_sec_check' | 'media_check_async';

/** subscribeMessage.send: the member has not accepted this template, or has used up what they accepted. */
export const SUBSCRIBE_REFUSED_ERRCODE = 43101;

/** A WeChat errcode as a DomainException. Only the errcode travels: errmsg can echo request data. */
export function wechatError(errcode: number, api: WechatApi): DomainException {
  switch (errcode) {
    case 40029: // invalid code
    case 40163: // code been used
      return new DomainException(ErrorCode.WechatCodeInvalid, '微信授权已失效，请重新操作', { errcode, api });
    case 45011: // api minute-quota reach limit
      return new DomainException(ErrorCode.WechatRateLimited, '操作太频繁，请稍后再试', { errcode, api });
    default:
      return new DomainException(ErrorCode.WechatUnavailable, '微信服务暂时不可用，请稍后再试', { errcode, api });
  }
}

/** WeChat could not be reached or answered something unreadable. `reason` never carries URLs or secrets. */
export function wechatUnavailable(api: WechatApi, reason: string): DomainException {
  return new DomainException(ErrorCode.WechatUnavailable, '微信服务暂时不可用，请稍后再试', { api, reason });
}

/** A short, secret-free reason for a failed fetch: the URL of a WeChat call carries the app secret. */
export function networkReason(error: unknown): string {
  // Duck-typed, not instanceof: fetch's errors come from Node's own realm, which jest's sandbox does not share.
  const e = error as { name?: unknown; cause?: { code?: unknown } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  const code = e?.cause?.code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  return 'network-error';
}
