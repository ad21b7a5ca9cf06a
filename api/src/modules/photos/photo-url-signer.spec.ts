import { PhotoUrlSigner } from './photo-url-signer';

const ID = '0b6f3c1e-4d5a-4f7e-9a41-2c3d4e5f6a7b';
const NOW = Date.UTC(2025, 5, 1, 8, 0, 0);

function parts(url: string) {
  const parsed = new URL(url, 'http://x');
  return {
    path: parsed.pathname,
    variant: parsed.searchParams.get('variant')!,
    exp: parsed.searchParams.get('exp')!,
    sig: parsed.searchParams.get('sig')!,
  };
}

describe('PhotoUrlSigner', () => {
  const signer = new PhotoUrlSigner('k'.repeat(40), 3600);

  it('signs a URL that verifies until it expires', () => {
    const { path, variant, exp, sig } = parts(signer.url(ID, 'thumb', NOW));
    expect(path).toBe(`/api/photos/${ID}/file`);
    expect(variant).toBe('thumb');
    expect(Number(exp) - NOW / 1000).toBeGreaterThanOrEqual(3600);
    expect(signer.verify({ id: ID, variant, exp, sig }, NOW)).toBeGreaterThanOrEqual(3600);
    expect(signer.verify({ id: ID, variant, exp, sig }, Number(exp) * 1000)).toBeNull();
  });

  it('gives the same URL within one expiry step, so clients can cache it', () => {
    expect(signer.url(ID, 'full', NOW + 1000)).toBe(signer.url(ID, 'full', NOW + 240_000));
  });

  it('refuses another id, variant, expiry, key or a mangled signature', () => {
    const { exp, sig } = parts(signer.url(ID, 'full', NOW));
    expect(signer.verify({ id: ID.replace('0b', '0c'), variant: 'full', exp, sig }, NOW)).toBeNull();
    expect(signer.verify({ id: ID, variant: 'thumb', exp, sig }, NOW)).toBeNull();
    expect(signer.verify({ id: ID, variant: 'full', exp: String(Number(exp) + 300), sig }, NOW)).toBeNull();
    expect(new PhotoUrlSigner('j'.repeat(40), 3600).verify({ id: ID, variant: 'full', exp, sig }, NOW)).toBeNull();
    expect(
      signer.verify({ id: ID, variant: 'full', exp, sig: `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}` }, NOW),
    ).toBeNull();
    expect(signer.verify({ id: ID, variant: 'full', exp, sig: undefined }, NOW)).toBeNull();
    expect(signer.verify({ id: ID, variant: 'full', exp: '1e12', sig }, NOW)).toBeNull();
    expect(signer.verify({ id: ID, variant: 'original', exp, sig }, NOW)).toBeNull();
  });
});
