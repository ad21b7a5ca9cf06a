import { strict as assert } from 'node:assert';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { test } from 'node:test';
import { fromBase64Url, publicKeyOf, signTicket, toBase64Url, verifyTicket } from './index';

const key = new Uint8Array(32).fill(7);
const pub = publicKeyOf(key);
const claims = {
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  registrationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  validFrom: new Date('2026-11-24T06:00:00Z'),
  validUntil: new Date('2026-11-24T10:00:00Z'),
};
const during = new Date('2026-11-24T07:00:00Z');

test('a signed ticket verifies offline and carries its claims', () => {
  const token = signTicket(claims, key);
  assert.ok(token.length < 160, `compact: ${token.length}`);
  const check = verifyTicket(token, pub, during);
  assert.deepEqual(check, { ok: true, claims });
});

test('a tampered ticket is refused', () => {
  const token = signTicket(claims, key);
  const [prefix, body, sig] = token.split('.');
  const bytes = fromBase64Url(body) as Uint8Array;
  bytes[20] ^= 1;
  assert.deepEqual(verifyTicket(`${prefix}.${toBase64Url(bytes)}.${sig}`, pub, during), {
    ok: false,
    reason: 'bad_signature',
  });
});

test('a ticket signed by another key is refused', () => {
  const other = signTicket(claims, new Uint8Array(32).fill(9));
  assert.deepEqual(verifyTicket(other, pub, during), { ok: false, reason: 'bad_signature' });
});

test('outside its window a ticket is refused, with its claims (it is genuine: a moved event may still take it)', () => {
  const token = signTicket(claims, key);
  assert.deepEqual(verifyTicket(token, pub, new Date('2026-11-24T05:00:00Z')), {
    ok: false,
    reason: 'not_yet_valid',
    claims,
  });
  assert.deepEqual(verifyTicket(token, pub, new Date('2026-11-24T11:00:00Z')), {
    ok: false,
    reason: 'expired',
    claims,
  });
});

test('garbage is malformed, not a crash', () => {
  for (const junk of ['', 'hello', 'TX1..', 'TX1.!!!.???', `TX1.${'A'.repeat(54)}.${'A'.repeat(10)}`]) {
    assert.equal(verifyTicket(junk, pub, during).ok, false);
  }
});

test('base64url round-trips every length', () => {
  for (let n = 0; n < 10; n += 1) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
    assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
  }
});

test('a native signer and verifier (Node crypto) agree with the portable ones', () => {
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(pub) };
  const privateKey = createPrivateKey({ key: { ...jwk, d: toBase64Url(key) }, format: 'jwk' });
  const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
  const nativeSign = (message: Uint8Array) => new Uint8Array(sign(null, message, privateKey));
  const nativeVerify = (signature: Uint8Array, message: Uint8Array) => verify(null, message, publicKey, signature);

  // Ed25519 signatures are deterministic: both sign the same bytes.
  assert.equal(signTicket(claims, nativeSign), signTicket(claims, key));
  assert.deepEqual(verifyTicket(signTicket(claims, key), nativeVerify, during), { ok: true, claims });
  const other = signTicket(claims, new Uint8Array(32).fill(9));
  assert.deepEqual(verifyTicket(other, nativeVerify, during), { ok: false, reason: 'bad_signature' });
});
