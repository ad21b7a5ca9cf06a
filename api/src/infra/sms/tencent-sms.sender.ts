import { Agent } from 'node:http';

import { sms } from 'tencentcloud-sdk-nodejs-sms';

import { SmsSender } from './sms.sender';
import { toE164Mainland } from './sms-phone';
import { tencentSmsError } from './tencent-sms.errors';

/** Tencent Cloud SMS account and template. `endpoint` is a host (https) or a full http(s):// origin. */
export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  region: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  /** Defaults to sms.tencentcloudapi.com; `http://127.0.0.1:port` points it at a local fake. */
  endpoint?: string;
  /** Whole-request timeout; defaults to 10 s (the SDK's own default is 60 s). */
  timeoutMs?: number;
}

type SdkClient = InstanceType<typeof sms.v20210111.Client>;
type SendSmsRequest = Parameters<SdkClient['SendSms']>[0];
type SendSmsResponse = Awaited<ReturnType<SdkClient['SendSms']>>;

/** The one SDK call we use; tests may pass a stand-in. */
export type SendSmsCall = (request: SendSmsRequest) => Promise<SendSmsResponse>;

const DEFAULT_ENDPOINT = 'sms.tencentcloudapi.com';

/** Sends the verification code with Tencent Cloud SMS API 2021-01-11 `SendSms`, through the official SDK. */
export class TencentSmsSender extends SmsSender {
  private readonly sendSms: SendSmsCall;

  constructor(
    private readonly config: TencentSmsConfig,
    sendSms?: SendSmsCall,
  ) {
    super();
    this.sendSms = sendSms ?? createSdkCall(config);
  }

  async send(phone: string, code: string): Promise<void> {
    const request: SendSmsRequest = {
      PhoneNumberSet: [toE164Mainland(phone)],
      SmsSdkAppId: this.config.sdkAppId,
      SignName: this.config.signName,
      TemplateId: this.config.templateId,
      TemplateParamSet: [code],
    };
    let response: SendSmsResponse;
    try {
      response = await this.sendSms(request);
    } catch (error) {
      // TencentCloudSDKHttpException: `code` is Tencent's error code, absent for network failures and timeouts.
      const tencentCode = (error as { code?: unknown } | null)?.code;
      throw tencentSmsError(typeof tencentCode === 'string' ? tencentCode : undefined);
    }
    const status = response.SendStatusSet?.[0];
    if (status?.Code !== 'Ok') throw tencentSmsError(status?.Code);
  }
}

function createSdkCall(config: TencentSmsConfig): SendSmsCall {
  const { protocol, host } = parseEndpoint(config.endpoint ?? DEFAULT_ENDPOINT);
  const client = new sms.v20210111.Client({
    credential: { secretId: config.secretId, secretKey: config.secretKey },
    region: config.region,
    profile: {
      signMethod: 'TC3-HMAC-SHA256',
      httpProfile: {
        endpoint: host,
        protocol,
        reqMethod: 'POST',
        reqTimeout: Math.max(1, Math.ceil((config.timeoutMs ?? 10_000) / 1000)),
        // The SDK sends everything through $http_proxy when set; a plain-http endpoint is a local fake, so go direct.
        ...(protocol === 'http://' ? { agent: new Agent({ keepAlive: true }) } : {}),
      },
    },
  });
  return (request) => client.SendSms(request);
}

/** `sms.tencentcloudapi.com` → https; `http://127.0.0.1:4000/` → http + `127.0.0.1:4000`. */
export function parseEndpoint(endpoint: string): { protocol: 'http://' | 'https://'; host: string } {
  const match = /^(https?:\/\/)?([^/]+)\/?$/.exec(endpoint.trim());
  if (!match) throw new Error(`Tencent SMS endpoint must be a host or an http(s) origin, got "${endpoint}"`);
  return { protocol: match[1] === 'http://' ? 'http://' : 'https://', host: match[2] };
}
