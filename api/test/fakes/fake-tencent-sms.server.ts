import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { closeServer, listenLocal, parseJson, readBody, sendJson } from './http-fake';

export interface SentSms {
  /** As Tencent received it: +8613812345678. */
  phone: string;
  code: string;
  templateId: string;
  signName: string;
}

export interface FakeTencentSms {
  /** host:port; give TencentSmsSender `http://${endpoint}`. */
  endpoint: string;
  secretId: string;
  secretKey: string;
  /** Messages delivered so far (failed sends are not recorded). */
  sent: SentSms[];
  /** The code last delivered to this number; takes 13812345678 or +8613812345678. */
  lastCodeFor(phone: string): string | undefined;
  /** The next SendSms answers with this SendStatus code (e.g. LimitExceeded.PhoneNumberDailyLimit) for every number. */
  failNext(code: string): void;
  close(): Promise<void>;
}

const MAX_CLOCK_SKEW_SECONDS = 300;

/**
 * A real HTTP server standing in for sms.tencentcloudapi.com, API 2021-01-11 `SendSms`. It checks the
 * TC3-HMAC-SHA256 signature the way Tencent documents it (with the configured SecretId and SecretKey)
 * and answers in Tencent's shapes: `Response.Error` for a bad request, `Response.SendStatusSet` otherwise.
 */
export async function startFakeTencentSms(
  options: { secretId?: string; secretKey?: string } = {},
): Promise<FakeTencentSms> {
  const secretId = options.secretId ?? 'AKIDfakeTencentSmsSecretId';
  const secretKey = options.secretKey ?? 'fake-tencent-secret-key';
  const sent: SentSms[] = [];
  let failure: string | undefined;

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const requestId = randomUUID();
    const fail = (Code: string, Message: string) =>
      sendJson(res, 200, { Response: { Error: { Code, Message }, RequestId: requestId } });
    if (req.method !== 'POST') return fail('InvalidParameter', 'only POST is supported by this fake');
    const authProblem = checkSignature(req, raw, secretId, secretKey);
    if (authProblem) return fail(authProblem.code, authProblem.message);
    if (req.headers['x-tc-action'] !== 'SendSms')
      return fail('InvalidAction', `unknown action ${req.headers['x-tc-action']}`);
    if (req.headers['x-tc-version'] !== '2021-01-11') return fail('NoSuchVersion', 'only 2021-01-11 is served');
    const body = parseJson(raw);
    if (!body) return fail('InvalidParameter', 'body is not a JSON object');
    const { PhoneNumberSet: phones, TemplateParamSet: params, SmsSdkAppId, TemplateId, SignName } = body;
    if (!Array.isArray(phones) || phones.length === 0) return fail('MissingParameter', 'PhoneNumberSet is required');
    if (typeof SmsSdkAppId !== 'string' || !SmsSdkAppId) return fail('MissingParameter', 'SmsSdkAppId is required');
    if (typeof TemplateId !== 'string' || !TemplateId) return fail('MissingParameter', 'TemplateId is required');

    const failCode = failure;
    failure = undefined;
    const statuses = phones.map((phone: unknown) => {
      const number = String(phone);
      const code = failCode ?? (normalize(number) ? 'Ok' : 'InvalidParameterValue.IncorrectPhoneNumber');
      if (code === 'Ok') {
        sent.push({
          phone: number,
          code: Array.isArray(params) ? String(params[0] ?? '') : '',
          templateId: TemplateId,
          signName: typeof SignName === 'string' ? SignName : '',
        });
      }
      return {
        SerialNo: code === 'Ok' ? `fake:${randomUUID()}` : '',
        PhoneNumber: number,
        Fee: code === 'Ok' ? 1 : 0,
        SessionContext: typeof body.SessionContext === 'string' ? body.SessionContext : '',
        Code: code,
        Message: code === 'Ok' ? 'send success' : `fake failure: ${code}`,
        IsoCode: 'CN',
      };
    });
    sendJson(res, 200, { Response: { SendStatusSet: statuses, RequestId: requestId } });
  }

  const port = await listenLocal(server);
  return {
    endpoint: `127.0.0.1:${port}`,
    secretId,
    secretKey,
    sent,
    lastCodeFor(phone) {
      const wanted = normalize(phone);
      return [...sent].reverse().find((s) => normalize(s.phone) === wanted)?.code;
    },
    failNext(code) {
      failure = code;
    },
    close: () => closeServer(server),
  };
}

/** Tencent accepts +86, 0086, 86 or no prefix for mainland numbers; returns the 11 digits or undefined. */
function normalize(phone: string): string | undefined {
  return /^(?:\+86|0086|86)?(1\d{10})$/.exec(phone)?.[1];
}

/** TC3-HMAC-SHA256 as Tencent Cloud documents it (API 3.0 signature v3). */
function checkSignature(
  req: IncomingMessage,
  payload: string,
  secretId: string,
  secretKey: string,
): { code: string; message: string } | undefined {
  const auth = req.headers.authorization ?? '';
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) return { code: 'AuthFailure.InvalidAuthorization', message: 'Authorization is not TC3-HMAC-SHA256' };
  const [, id, date, service, signedHeaders, signature] = match;
  if (id !== secretId) return { code: 'AuthFailure.SecretIdNotFound', message: 'unknown SecretId' };
  const timestamp = Number(req.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return { code: 'AuthFailure.SignatureExpire', message: 'X-TC-Timestamp is missing or too far from now' };
  }
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) {
    return { code: 'AuthFailure.SignatureFailure', message: 'credential date does not match X-TC-Timestamp' };
  }
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host')) {
    return { code: 'AuthFailure.SignatureFailure', message: 'content-type and host must be signed' };
  }
  const url = new URL(req.url ?? '/', 'http://fake');
  const canonicalHeaders = names
    .map((name) => {
      let value = String(req.headers[name] ?? '')
        .trim()
        .toLowerCase();
      // The SDK signs the host without the port (real endpoints have none); the Host header carries it.
      if (name === 'host') value = value.replace(/:\d+$/, '');
      return `${name}:${value}\n`;
    })
    .join('');
  const canonicalRequest = [
    req.method,
    url.pathname,
    url.search.slice(1),
    canonicalHeaders,
    signedHeaders,
    sha256Hex(payload),
  ].join('\n');
  const stringToSign = [
    'TC3-HMAC-SHA256',
    String(timestamp),
    `${date}/${service}/tc3_request`,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const kDate = hmac(`TC3${secretKey}`, date);
  const kService = hmac(kDate, service);
  const kSigning = hmac(kService, 'tc3_request');
  const expected = Buffer.from(hmac(kSigning, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { code: 'AuthFailure.SignatureFailure', message: 'signature does not match' };
  }
  return undefined;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: string | Buffer, message: string): Buffer {
  return createHmac('sha256', key).update(message, 'utf8').digest();
}
