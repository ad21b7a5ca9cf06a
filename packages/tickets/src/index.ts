import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

// Synchronous SHA-512 from @noble/hashes: WeChat's JS engine has no WebCrypto, so the async default can't run there.
ed.hashes.sha512 = sha512;

/** What a ticket says: which registration of which event, and when it may be scanned. */
export interface TicketClaims {
  eventId: string;
  registrationId: string;
  validFrom: Date;
  validUntil: Date;
}

export type TicketCheck =
  | { ok: true; claims: TicketClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' }
  /** Genuine, but outside its window: the claims come along, so a server that knows the event moved can judge. */
  | { ok: false; reason: 'not_yet_valid' | 'expired'; claims: TicketClaims };

/**
 * The Ed25519 private key (32 bytes), or a function that signs with it: the server passes Node's native
 * Ed25519, many times faster than the portable one used by default.
 */
export type TicketSigningKey = Uint8Array | ((message: Uint8Array) => Uint8Array);

/** The Ed25519 public key (32 bytes), or a function that checks a signature with it (see TicketSigningKey). */
export type TicketVerifyingKey = Uint8Array | ((signature: Uint8Array, message: Uint8Array) => boolean);

const PREFIX = 'TX1';
const PAYLOAD_BYTES = 40;

function uuidToBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(hex.match(/../g) as string[], (h) => parseInt(h, 16));
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding, by hand: neither Buffer nor btoa exists everywhere the scanner runs. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64[n & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    buffer = (buffer << 6) | B64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return Uint8Array.from(bytes);
}

function payload(claims: TicketClaims): Uint8Array {
  const out = new Uint8Array(PAYLOAD_BYTES);
  out.set(uuidToBytes(claims.eventId), 0);
  out.set(uuidToBytes(claims.registrationId), 16);
  const view = new DataView(out.buffer);
  view.setUint32(32, Math.floor(claims.validFrom.getTime() / 60_000));
  view.setUint32(36, Math.ceil(claims.validUntil.getTime() / 60_000));
  return out;
}

/** Signs a ticket: `TX1.<claims>.<signature>`, about 150 characters, small enough for a dense-free QR code. */
export function signTicket(claims: TicketClaims, privateKey: TicketSigningKey): string {
  const body = payload(claims);
  const signature = typeof privateKey === 'function' ? privateKey(body) : ed.sign(body, privateKey);
  return `${PREFIX}.${toBase64Url(body)}.${toBase64Url(signature)}`;
}

/** Verifies a ticket with the public key alone (no network), and its validity window against `now`. */
export function verifyTicket(token: string, publicKey: TicketVerifyingKey, now: Date = new Date()): TicketCheck {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'malformed' };
  const body = fromBase64Url(parts[1]);
  const signature = fromBase64Url(parts[2]);
  if (!body || !signature || body.length !== PAYLOAD_BYTES || signature.length !== 64)
    return { ok: false, reason: 'malformed' };
  let valid = false;
  try {
    valid = typeof publicKey === 'function' ? publicKey(signature, body) : ed.verify(signature, body, publicKey);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad_signature' };
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const claims: TicketClaims = {
    eventId: bytesToUuid(body.subarray(0, 16)),
    registrationId: bytesToUuid(body.subarray(16, 32)),
    validFrom: new Date(view.getUint32(32) * 60_000),
    validUntil: new Date(view.getUint32(36) * 60_000),
  };
  if (now < claims.validFrom) return { ok: false, reason: 'not_yet_valid', claims };
  if (now > claims.validUntil) return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}

export function publicKeyOf(privateKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(privateKey);
}
