import { AppConfig } from '../config/app-config';
import { loadConfig } from '../config/app-config';
import { maskPhone, PiiCipher } from './pii-cipher';

describe('PiiCipher', () => {
  const cipher = new PiiCipher(loadConfig({}) as AppConfig);

  it('round-trips and never stores the same ciphertext twice', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13812345678');
    expect(cipher.decrypt(a)).toBe('13812345678');
  });

  it('detects tampering', () => {
    const sealed = cipher.encrypt('13812345678');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1:${bytes.toString('base64')}`)).toThrow();
  });

  it('hashes deterministically with the key', () => {
    expect(cipher.hash('13812345678')).toBe(cipher.hash('13812345678'));
    const other = new PiiCipher(loadConfig({ PII_HASH_KEY: 'x'.repeat(40) }));
    expect(other.hash('13812345678')).not.toBe(cipher.hash('13812345678'));
  });

  it('masks phone numbers', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(null)).toBeNull();
  });
});
