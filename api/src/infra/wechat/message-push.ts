import { createHash, timingSafeEqual } from 'node:crypto';

import { decrypt, getSignature } from '@wecom/crypto';

/** What the mini-program's message-push settings (开发管理 → 消息推送) say: the Token and, in safe mode, the key. */
export interface PushSettings {
  token: string;
  /** EncodingAESKey (43 characters); null in plain mode (明文模式). */
  aesKey: string | null;
  appId: string;
}

/** The query WeChat puts on every push: `signature` always, `msg_signature` and `encrypt_type=aes` in safe mode. */
export interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  msg_signature?: string;
  encrypt_type?: string;
}

export class PushRejected extends Error {}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** sha1 of token, timestamp and nonce sorted and joined: the plain-mode signature (and the URL check's). */
export function plainSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

function signedByWechat(settings: PushSettings, query: PushQuery): boolean {
  const { signature, timestamp, nonce } = query;
  if (!signature || !timestamp || !nonce) return false;
  return same(plainSignature(settings.token, timestamp, nonce), signature);
}

/** The URL check WeChat makes when the push URL is saved: answer `echostr` only when the signature holds. */
export function answerUrlCheck(settings: PushSettings, query: PushQuery): string {
  if (!signedByWechat(settings, query) || !query.echostr) throw new PushRejected('bad signature');
  return query.echostr;
}

/**
 * Verifies a pushed message and returns it as JSON (the push's data format must be set to JSON). Plain mode: the
 * query's signature. Safe mode (`encrypt_type=aes`): the message signature over the ciphertext, then AES-256-CBC
 * decryption, and the appid inside must be ours.
 */
export function openPush(settings: PushSettings, query: PushQuery, body: unknown): Record<string, unknown> {
  const envelope = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  if (!envelope) throw new PushRejected('not a JSON object');
  if (query.encrypt_type !== 'aes') {
    if (settings.aesKey) throw new PushRejected('safe mode expected');
    if (!signedByWechat(settings, query)) throw new PushRejected('bad signature');
    return envelope;
  }
  const cipherText = envelope.Encrypt;
  const { timestamp, nonce, msg_signature: messageSignature } = query;
  if (!settings.aesKey || typeof cipherText !== 'string' || !timestamp || !nonce || !messageSignature) {
    throw new PushRejected('incomplete safe-mode push');
  }
  if (!same(getSignature(settings.token, timestamp, nonce, cipherText), messageSignature)) {
    throw new PushRejected('bad message signature');
  }
  let opened: { message: string; id: string };
  try {
    opened = decrypt(settings.aesKey, cipherText);
  } catch {
    throw new PushRejected('undecryptable');
  }
  if (opened.id !== settings.appId) throw new PushRejected('another appid');
  try {
    const message: unknown = JSON.parse(opened.message);
    if (typeof message === 'object' && message !== null) return message as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new PushRejected('not a JSON message');
}
