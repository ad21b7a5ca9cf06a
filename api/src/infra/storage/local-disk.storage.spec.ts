import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

import { loadConfig } from '../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import { assertSafeKey } from './object-storage';

async function bytesOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tongxin-storage-'));
    storage = new LocalDiskStorage(join(dir, 'uploads', 'nested'));
    await storage.init();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its root on init', () => {
    expect(existsSync(join(dir, 'uploads', 'nested'))).toBe(true);
  });

  it('puts, gets, checks and deletes an object under nested keys', async () => {
    const key = 'photos/2025/06/abc.jpg';
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Buffer.from('jpeg bytes'), 'image/jpeg');
    expect(await storage.exists(key)).toBe(true);
    const object = await storage.get(key);
    expect(object?.contentType).toBe('image/jpeg');
    expect((await bytesOf(object!.body)).toString()).toBe('jpeg bytes');
    expect(readdirSync(join(storage.root, 'photos', '2025', '06'))).toEqual(['abc.jpg']);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('overwrites an object and leaves no temporary files', async () => {
    await storage.put('a/b.webp', Buffer.from('one'), 'image/webp');
    await storage.put('a/b.webp', Buffer.from('two'), 'image/webp');
    const object = (await storage.get('a/b.webp'))!;
    expect(object.contentType).toBe('image/webp');
    expect((await bytesOf(object.body)).toString()).toBe('two');
    expect(readdirSync(join(storage.root, 'a'))).toEqual(['b.webp']);
  });

  it('does not take a directory for an object', async () => {
    await storage.put('dir/file.png', Buffer.from('x'), 'image/png');
    expect(await storage.exists('dir')).toBe(false);
  });

  it.each([
    '../escape.jpg',
    'a/../../escape.jpg',
    '/etc/passwd',
    'a//b.jpg',
    '',
    '.hidden',
    'a/./b.jpg',
    'a\\..\\b.jpg',
    'a/b.jpg\0',
  ])('refuses the key %j and writes nothing outside the root', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/storage key/i);
    await expect(storage.get(key)).rejects.toThrow(/storage key/i);
    await expect(storage.exists(key)).rejects.toThrow(/storage key/i);
    await expect(storage.delete(key)).rejects.toThrow(/storage key/i);
    expect(readdirSync(dir)).toEqual(['uploads']);
  });

  it('never deletes a file outside the root', async () => {
    writeFileSync(join(dir, 'outside.jpg'), 'keep');
    await expect(storage.delete('../../outside.jpg')).rejects.toThrow();
    expect(existsSync(join(dir, 'outside.jpg'))).toBe(true);
  });

  it('accepts plain keys', () => {
    expect(() => assertSafeKey('photos/2025/06/0b6f3c1e-4d5a-4f7e-9a41-2c3d4e5f6a7b_thumb.jpg')).not.toThrow();
  });
});

describe('storage configuration', () => {
  it('defaults to the local driver under api/data/uploads', () => {
    expect(loadConfig({}, '/srv/api').storage).toEqual({ driver: 'local', localDir: '/srv/api/data/uploads' });
  });

  it('requires the bucket settings when STORAGE_DRIVER=s3', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringMatching(/^S3_REGION/),
          expect.stringMatching(/^S3_BUCKET/),
          expect.stringMatching(/^S3_ACCESS_KEY_ID/),
          expect.stringMatching(/^S3_SECRET_ACCESS_KEY/),
        ]),
      }),
    );
  });

  it('reads the S3 settings', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'https://cos.ap-guangzhou.myqcloud.com',
      S3_REGION: 'ap-guangzhou',
      S3_BUCKET: 'tongxin-1250000000',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.storage).toEqual({
      driver: 's3',
      s3: {
        endpoint: 'https://cos.ap-guangzhou.myqcloud.com',
        region: 'ap-guangzhou',
        bucket: 'tongxin-1250000000',
        accessKeyId: 'id',
        secretAccessKey: 'secret',
        forcePathStyle: false,
      },
    });
    expect(() => loadConfig({ STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER/);
    expect(() => loadConfig({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'cos.example.com' })).toThrow(/S3_ENDPOINT/);
  });

  it('has photo defaults and requires PHOTO_URL_SECRET in production', () => {
    expect(loadConfig({}).photos).toEqual(
      expect.objectContaining({ maxBytes: 8 * 1024 * 1024, dailyQuota: 60, urlTtlSeconds: 3600 }),
    );
    expect(() => loadConfig({ APP_MODE: 'production' })).toThrow(
      expect.objectContaining({ problems: expect.arrayContaining([expect.stringMatching(/^PHOTO_URL_SECRET/)]) }),
    );
    expect(() => loadConfig({ PHOTO_URL_SECRET: 'short' })).toThrow(/PHOTO_URL_SECRET/);
  });
});
