import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../http/domain.exception';
import { networkReason, TOKEN_REJECTED_ERRCODES, wechatError } from './wechat-errors';

describe('wechatError', () => {
  it.each([
    [40029, ErrorCode.WechatCodeInvalid],
    [40163, ErrorCode.WechatCodeInvalid],
    [45011, ErrorCode.WechatRateLimited],
    [-1, ErrorCode.WechatUnavailable],
    [40013, ErrorCode.WechatUnavailable],
    [40125, ErrorCode.WechatUnavailable],
    [40226, ErrorCode.WechatUnavailable],
  ])('maps errcode %i to %s', (errcode, code) => {
    const error = wechatError(errcode, 'jscode2session');
    expect(error).toBeInstanceOf(DomainException);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.details).toEqual({ errcode, api: 'jscode2session' });
  });

  it('treats only 40001 and 42001 as a stale access token', () => {
    expect([40001, 42001, 40029, 40014].filter((c) => TOKEN_REJECTED_ERRCODES.has(c))).toEqual([40001, 42001]);
  });
});

describe('networkReason', () => {
  it('names timeouts and socket errors without the message, which could hold the URL', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(networkReason(timeout)).toBe('timeout');
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(networkReason(refused)).toBe('ECONNREFUSED');
    expect(networkReason(new TypeError('Failed to parse URL from http://x/?secret=s3cret'))).toBe('network-error');
    expect(networkReason('boom')).toBe('network-error');
  });
});
