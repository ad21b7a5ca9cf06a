import { randomBytes } from 'node:crypto';

import { encrypt, getSignature } from '@wecom/crypto';

import { answerUrlCheck, openPush, plainSignature, PushRejected, type PushSettings } from './message-push';

const AES_KEY = randomBytes(32).toString('base64').slice(0, 43);
const plain: PushSettings = { token: 'push-token', aesKey: null, appId: 'wx0123456789abcdef' };
const safe: PushSettings = { ...plain, aesKey: AES_KEY };
const event = { Event: 'wxa_media_check', trace_id: 't-1', result: { suggest: 'risky', label: 20002 } };

function signedQuery(token: string, extra: Record<string, string> = {}) {
  const timestamp = '1796470000';
  const nonce = 'n0nce';
  return { timestamp, nonce, signature: plainSignature(token, timestamp, nonce), ...extra };
}

describe('WeChat message push', () => {
  it('answers the URL check only when the signature holds', () => {
    expect(answerUrlCheck(plain, { ...signedQuery('push-token'), echostr: 'e-123' })).toBe('e-123');
    expect(() => answerUrlCheck(plain, { ...signedQuery('another-token'), echostr: 'e-123' })).toThrow(PushRejected);
    expect(() => answerUrlCheck(plain, { echostr: 'e-123' })).toThrow(PushRejected);
  });

  it('opens a plain-mode push with a good signature and refuses a forged one', () => {
    expect(openPush(plain, signedQuery('push-token'), event)).toEqual(event);
    expect(() => openPush(plain, signedQuery('guessed'), event)).toThrow(PushRejected);
    expect(() => openPush(plain, {}, event)).toThrow(PushRejected);
  });

  it('decrypts a safe-mode push whose message signature holds and whose appid is ours', () => {
    const cipherText = encrypt(AES_KEY, JSON.stringify(event), plain.appId);
    const query = signedQuery('push-token', { encrypt_type: 'aes' });
    const signed = { ...query, msg_signature: getSignature('push-token', query.timestamp, query.nonce, cipherText) };
    expect(openPush(safe, signed, { ToUserName: 'gh_x', Encrypt: cipherText })).toEqual(event);

    const forged = { ...signed, msg_signature: getSignature('guessed', query.timestamp, query.nonce, cipherText) };
    expect(() => openPush(safe, forged, { Encrypt: cipherText })).toThrow(PushRejected);
    const otherApp = encrypt(AES_KEY, JSON.stringify(event), 'wxffffffffffffffff');
    const otherSigned = { ...query, msg_signature: getSignature('push-token', query.timestamp, query.nonce, otherApp) };
    expect(() => openPush(safe, otherSigned, { Encrypt: otherApp })).toThrow(PushRejected);
    // A plain push to an endpoint configured for safe mode is refused, even correctly signed.
    expect(() => openPush(safe, signedQuery('push-token'), event)).toThrow(PushRejected);
  });
});
