import { ErrorCode } from '@tongxin/types';

import type { DomainException } from '../http/domain.exception';
import { parseEndpoint, type SendSmsCall, TencentSmsSender } from './tencent-sms.sender';

const config = {
  secretId: 'AKIDtest',
  secretKey: 'key',
  region: 'ap-guangzhou',
  sdkAppId: '1400000000',
  signName: '同心社区',
  templateId: '123456',
};

function status(code: string) {
  return {
    SendStatusSet: [{ SerialNo: 's', PhoneNumber: '+8613812345678', Fee: 1, Code: code, Message: code }],
    RequestId: 'r',
  };
}

async function failure(promise: Promise<unknown>): Promise<DomainException> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: DomainException) => error,
  );
}

describe('TencentSmsSender', () => {
  it('sends one +86 number with the code as the only template parameter', async () => {
    const call = jest.fn<ReturnType<SendSmsCall>, Parameters<SendSmsCall>>(async () => status('Ok'));
    await new TencentSmsSender(config, call).send('13812345678', '246810');
    expect(call).toHaveBeenCalledWith({
      PhoneNumberSet: ['+8613812345678'],
      SmsSdkAppId: '1400000000',
      SignName: '同心社区',
      TemplateId: '123456',
      TemplateParamSet: ['246810'],
    });
  });

  it('maps a failed SendStatus', async () => {
    const sender = new TencentSmsSender(config, async () => status('LimitExceeded.PhoneNumberOneHourLimit'));
    expect((await failure(sender.send('13812345678', '1'))).code).toBe(ErrorCode.SmsRateLimited);
  });

  it('maps an SDK exception by its code, and one without a code as unavailable', async () => {
    const coded = Object.assign(new Error('bad number'), { code: 'InvalidParameterValue.IncorrectPhoneNumber' });
    const rejectCoded = new TencentSmsSender(config, async () => Promise.reject(coded));
    expect((await failure(rejectCoded.send('13812345678', '1'))).code).toBe(ErrorCode.InvalidPhone);
    const rejectNetwork = new TencentSmsSender(config, async () => Promise.reject(new Error('ECONNRESET')));
    expect((await failure(rejectNetwork.send('13812345678', '1'))).code).toBe(ErrorCode.SmsUnavailable);
  });

  it('treats an empty SendStatusSet as unavailable', async () => {
    const sender = new TencentSmsSender(config, async () => ({ SendStatusSet: [], RequestId: 'r' }));
    expect((await failure(sender.send('13812345678', '1'))).code).toBe(ErrorCode.SmsUnavailable);
  });

  it('rejects a number that is not an 11-digit mainland mobile before calling Tencent', async () => {
    const call = jest.fn(async () => status('Ok'));
    const sender = new TencentSmsSender(config, call);
    for (const phone of ['+8613812345678', '1381234567', '23812345678', '138123456789']) {
      expect((await failure(sender.send(phone, '1'))).code).toBe(ErrorCode.InvalidPhone);
    }
    expect(call).not.toHaveBeenCalled();
  });
});

describe('parseEndpoint', () => {
  it('reads a bare host as https and keeps an explicit scheme', () => {
    expect(parseEndpoint('sms.tencentcloudapi.com')).toEqual({ protocol: 'https://', host: 'sms.tencentcloudapi.com' });
    expect(parseEndpoint('http://127.0.0.1:4000/')).toEqual({ protocol: 'http://', host: '127.0.0.1:4000' });
    expect(parseEndpoint('https://sms.ap-guangzhou.tencentcloudapi.com')).toEqual({
      protocol: 'https://',
      host: 'sms.ap-guangzhou.tencentcloudapi.com',
    });
    expect(() => parseEndpoint('http://host/path')).toThrow(/endpoint/);
  });
});
