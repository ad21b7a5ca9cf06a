import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { type ApiErrorBody, ErrorCode, MAX_PHOTOS_PER_REPORT, PhotoPurpose, type PhotoView } from '@tongxin/types';
import sharp from 'sharp';

import { newId } from '../src/infra/database/ids';
import { ObjectStorage } from '../src/infra/storage/object-storage';
import { Photo } from '../src/modules/photos/photo.entity';
import { PhotoUrlSigner } from '../src/modules/photos/photo-url-signer';
import { PhotosService } from '../src/modules/photos/photos.service';
import { demoUserId } from '../src/modules/seed/demo-data';
import { exifHasGps, jpegWithGps, noisyJpeg, png, webp } from './fixtures/photos';
import { loginAs } from './helpers/session';
import { http, startTestApp, type TestApp } from './helpers/test-app';

const SECRET = 'photos-e2e-url-secret-0123456789abcdef';
const MAX_BYTES = 256 * 1024;
const QUOTA = 12;
const HOUR = 3_600_000;

interface UploadFile {
  data: Buffer;
  name: string;
  type: string;
}

describe('photos: upload, storage, signed URLs, attach, sweep', () => {
  let t: TestApp;
  let storageDir: string;
  let photos: PhotosService;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'tongxin-photos-'));
    t = await startTestApp({
      SWEEP_INTERVAL_MS: '0',
      STORAGE_LOCAL_DIR: storageDir,
      PHOTO_MAX_BYTES: String(MAX_BYTES),
      PHOTO_DAILY_QUOTA: String(QUOTA),
      PHOTO_URL_SECRET: SECRET,
      // Smaller than the photos below: multipart uploads are bound by PHOTO_MAX_BYTES, JSON bodies by this.
      BODY_LIMIT_BYTES: String(64 * 1024),
    });
    photos = t.app.get(PhotosService);
    for (const account of ['resident', 'resident-2', 'rider', 'part-time-member', 'grid-worker']) {
      tokens[account] = (await loginAs(t.baseUrl, account)).accessToken;
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  /** Sends `purpose` and `file` as multipart/form-data (in that order unless `fileFirst`). */
  const upload = (
    account: string | null,
    file: UploadFile | null,
    purpose: string | null = PhotoPurpose.Report,
    fileFirst = false,
  ) => {
    const form = new FormData();
    const addFile = () =>
      file && form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    if (fileFirst) addFile();
    if (purpose !== null) form.append('purpose', purpose);
    if (!fileFirst) addFile();
    return http<PhotoView & ApiErrorBody>(t.baseUrl, '/api/photos', {
      method: 'POST',
      headers: account ? { authorization: `Bearer ${tokens[account]}` } : {},
      body: form,
    });
  };
  const jpegFile = async (): Promise<UploadFile> => ({
    data: await jpegWithGps(),
    name: 'IMG_0001.jpg',
    type: 'image/jpeg',
  });
  const uploadOk = async (account: string, purpose: string = PhotoPurpose.Report): Promise<PhotoView> => {
    const res = await upload(account, { data: await webp(40, 30), name: 'a.webp', type: 'image/webp' }, purpose);
    expect(res.status).toBe(201);
    return res.body;
  };

  const storedFiles = (dir = storageDir): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? storedFiles(join(dir, e.name))
        : [relative(storageDir, join(dir, e.name)).split('\\').join('/')],
    );
  const rows = () => t.dataSource.getRepository(Photo).find();
  const row = async (id: string) => await t.dataSource.getRepository(Photo).findOneByOrFail({ id });
  /** Every stored file belongs to a row and every row has both its files. */
  const expectNoOrphans = async () => {
    const keys = (await rows()).flatMap((p) => [p.storageKey, p.thumbKey]).sort();
    expect(storedFiles().sort()).toEqual(keys);
  };
  const backdate = (id: string, ms: number) =>
    t.dataSource
      .createQueryBuilder()
      .update(Photo)
      .set({ createdAt: new Date(Date.now() - ms) })
      .where('id = :id', { id })
      .execute();
  const fetchBytes = async (url: string) => {
    const res = await fetch(`${t.baseUrl}${url}`);
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const attach = (ownerId: string, ids: string[], attachedTo: string, purpose: PhotoPurpose = PhotoPurpose.Report) =>
    t.dataSource.transaction((manager) => photos.attach(manager, ownerId, ids, attachedTo, purpose));

  describe('upload', () => {
    it('re-encodes a phone JPEG: upright, without EXIF or GPS, with a thumbnail', async () => {
      const file = await jpegFile();
      const original = await sharp(file.data).metadata();
      // The fixture really carries what must be removed.
      expect(exifHasGps(original.exif)).toBe(true);
      expect(original.orientation).toBe(6);

      const res = await upload('resident', file);
      expect(res.status).toBe(201);
      const view = res.body;
      expect(Object.keys(view).sort()).toEqual(['height', 'id', 'thumbUrl', 'url', 'width']);
      // Orientation 6 means the 300×200 pixels are shown turned: 200 wide, 300 high.
      expect([view.width, view.height]).toEqual([200, 300]);
      expect(view.url).toMatch(new RegExp(`^/api/photos/${view.id}/file\\?variant=full&exp=\\d+&sig=[\\w-]+$`));
      expect(view.thumbUrl).toMatch(new RegExp(`^/api/photos/${view.id}/file\\?variant=thumb&`));

      const stored = await row(view.id);
      expect(stored).toEqual(
        expect.objectContaining({
          ownerId: demoUserId('resident'),
          purpose: PhotoPurpose.Report,
          attachedTo: null,
          mime: 'image/jpeg',
        }),
      );
      const full = await sharp(readFileSync(join(storageDir, stored.storageKey))).metadata();
      expect(full.format).toBe('jpeg');
      expect(full.exif).toBeUndefined();
      expect(full.orientation).toBeUndefined();
      expect([full.width, full.height]).toEqual([200, 300]);
      const thumb = await sharp(readFileSync(join(storageDir, stored.thumbKey))).metadata();
      expect(thumb.exif).toBeUndefined();
      expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(360);
      await expectNoOrphans();
    });

    it('judges the type by magic bytes: a PNG named .jpg and sent as image/jpeg is taken as a PNG', async () => {
      const res = await upload(
        'resident',
        { data: await png(3000, 1000), name: 'photo.jpg', type: 'image/jpeg' },
        PhotoPurpose.OrderProof,
      );
      expect(res.status).toBe(201);
      // Read as the PNG it is, then scaled to 2048 on the longest side; the thumbnail to 360.
      expect([res.body.width, res.body.height]).toEqual([2048, 683]);
      const { res: thumbRes, bytes } = await fetchBytes(res.body.thumbUrl);
      expect(thumbRes.status).toBe(200);
      const thumb = await sharp(bytes).metadata();
      expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 360, 120]);
      expect((await row(res.body.id)).purpose).toBe(PhotoPurpose.OrderProof);
    });

    it('accepts WebP, with the file before the purpose field, and larger than the JSON body limit', async () => {
      const data = await noisyJpeg(300, 300);
      expect(data.length).toBeGreaterThan(64 * 1024);
      expect(
        (await upload('resident', { data, name: 'big.jpg', type: 'image/jpeg' }, PhotoPurpose.Report, true)).status,
      ).toBe(201);
      expect(
        (
          await upload(
            'resident',
            { data: await webp(50, 40), name: 'w.webp', type: 'image/webp' },
            PhotoPurpose.Report,
            true,
          )
        ).status,
      ).toBe(201);
    });

    it('refuses a text file named x.jpg sent as image/jpeg with 415 and keeps nothing', async () => {
      const before = { files: storedFiles().length, rows: (await rows()).length };
      const res = await upload('resident', {
        data: Buffer.from('not a picture at all, just text\n'.repeat(20)),
        name: 'x.jpg',
        type: 'image/jpeg',
      });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe(ErrorCode.PhotoTypeNotAllowed);
      expect({ files: storedFiles().length, rows: (await rows()).length }).toEqual(before);
    });

    it('refuses a GIF and a JPEG that does not decode with 415', async () => {
      const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
        .gif()
        .toBuffer();
      expect((await upload('resident', { data: gif, name: 'x.jpg', type: 'image/jpeg' })).body.code).toBe(
        ErrorCode.PhotoTypeNotAllowed,
      );
      const broken = Buffer.concat([(await jpegWithGps()).subarray(0, 400), Buffer.alloc(2000, 0x41)]);
      const res = await upload('resident', { data: broken, name: 'x.jpg', type: 'image/jpeg' });
      expect(res.status).toBe(415);
      await expectNoOrphans();
    });

    it('refuses a file over PHOTO_MAX_BYTES with 413 and keeps nothing', async () => {
      const before = (await rows()).length;
      const data = await noisyJpeg(600, 600);
      expect(data.length).toBeGreaterThan(MAX_BYTES);
      const res = await upload('resident', { data, name: 'huge.jpg', type: 'image/jpeg' });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe(ErrorCode.PhotoTooLarge);
      expect((await rows()).length).toBe(before);
      // Far over the limit: answered once the limit is passed, without reading the rest into memory.
      const huge = Buffer.concat([data, Buffer.alloc(16 * MAX_BYTES, 0x55)]);
      expect((await upload('resident', { data: huge, name: 'huge.jpg', type: 'image/jpeg' })).status).toBe(413);
      await expectNoOrphans();
    });

    it('requires a valid purpose and exactly one file field', async () => {
      const file = await jpegFile();
      const noPurpose = await upload('resident', file, null);
      expect([noPurpose.status, noPurpose.body.code]).toEqual([400, ErrorCode.ValidationFailed]);
      expect((await upload('resident', file, 'selfie')).status).toBe(400);
      expect((await upload('resident', null)).status).toBe(400);
      const form = new FormData();
      form.append('purpose', 'report');
      form.append('file', new Blob([new Uint8Array(file.data)]), 'a.jpg');
      form.append('file', new Blob([new Uint8Array(file.data)]), 'b.jpg');
      const two = await http<ApiErrorBody>(t.baseUrl, '/api/photos', {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.resident}` },
        body: form,
      });
      expect(two.status).toBe(400);
      await expectNoOrphans();
    });

    it('answers a JSON body with 415, and still applies the JSON body limit', async () => {
      const json = (body: string) =>
        http<ApiErrorBody>(t.baseUrl, '/api/photos', {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.resident}`, 'content-type': 'application/json' },
          body,
        });
      expect((await json('{"purpose":"report"}')).body.code).toBe(ErrorCode.UnsupportedMediaType);
      expect((await json(JSON.stringify({ purpose: 'x'.repeat(100 * 1024) }))).body.code).toBe(
        ErrorCode.PayloadTooLarge,
      );
    });

    it('keeps neither a row nor a file when storing fails half-way', async () => {
      const storage = t.app.get(ObjectStorage);
      const before = (await rows()).length;
      // The full image is stored, the thumbnail is not: the upload fails and cleans up after itself.
      const realPut = storage.put.bind(storage);
      const failing = jest
        .spyOn(storage, 'put')
        .mockImplementationOnce(realPut)
        .mockRejectedValueOnce(new Error('disk full'));
      try {
        const res = await upload('resident', await jpegFile());
        expect(res.status).toBe(500);
      } finally {
        failing.mockRestore();
      }
      expect((await rows()).length).toBe(before);
      await expectNoOrphans();
    });

    it('refuses anonymous uploads with 401', async () => {
      const res = await upload(null, await jpegFile());
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('daily quota', () => {
    it(`refuses upload ${QUOTA + 1} within 24 hours with 429, and counts only the last 24 hours`, async () => {
      const ids: string[] = [];
      for (let i = 0; i < QUOTA; i += 1) ids.push((await uploadOk('resident-2')).id);
      const files = storedFiles().length;
      const over = await upload('resident-2', await jpegFile());
      expect(over.status).toBe(429);
      expect(over.body.code).toBe(ErrorCode.PhotoQuotaExceeded);
      expect(storedFiles().length).toBe(files);
      await backdate(ids[0], 24 * HOUR + 5 * 60_000);
      expect((await upload('resident-2', await jpegFile())).status).toBe(201);
    });

    it('holds under concurrent uploads: exactly the quota succeeds', async () => {
      const data = await webp(30, 30);
      const results = await Promise.all(
        Array.from({ length: QUOTA + 4 }, () => upload('grid-worker', { data, name: 'c.webp', type: 'image/webp' })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(QUOTA);
      expect(statuses.filter((s) => s === 429)).toHaveLength(4);
      expect((await rows()).filter((p) => p.ownerId === demoUserId('grid-worker'))).toHaveLength(QUOTA);
      await expectNoOrphans();
    });
  });

  describe('signed URLs', () => {
    let view: PhotoView;
    beforeAll(async () => {
      view = (await upload('resident', await jpegFile())).body;
    });

    it('serves the full image and the thumbnail with a private cache header', async () => {
      const { res, bytes } = await fetchBytes(view.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('cache-control')).toMatch(/^private, max-age=\d+/);
      const served = await sharp(bytes).metadata();
      expect([served.width, served.height, served.exif]).toEqual([view.width, view.height, undefined]);
      expect(bytes.equals(readFileSync(join(storageDir, (await row(view.id)).storageKey)))).toBe(true);
      const thumb = await fetchBytes(view.thumbUrl);
      expect(thumb.res.status).toBe(200);
      expect(thumb.bytes.length).toBeLessThan(bytes.length);
    });

    it('refuses a tampered, swapped, missing or expired signature with 403', async () => {
      const url = new URL(view.url, t.baseUrl);
      const sig = url.searchParams.get('sig')!;
      const variants = [
        (u: URL) => u.searchParams.set('sig', `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`),
        (u: URL) => u.searchParams.set('variant', 'thumb'),
        (u: URL) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 3600)),
        (u: URL) => u.searchParams.delete('sig'),
      ];
      for (const change of variants) {
        const tampered = new URL(url);
        change(tampered);
        const res = await http<ApiErrorBody>(t.baseUrl, `${tampered.pathname}${tampered.search}`);
        expect([res.status, res.body.code]).toEqual([403, ErrorCode.Forbidden]);
      }
      const other = (await upload('resident', await jpegFile())).body;
      const swapped = await http(t.baseUrl, view.url.replace(view.id, other.id));
      expect(swapped.status).toBe(403);

      const expired = new PhotoUrlSigner(SECRET, 3600).url(view.id, 'full', Date.now() - 2 * HOUR);
      const res = await http<ApiErrorBody>(t.baseUrl, expired);
      expect([res.status, res.body.code]).toEqual([403, ErrorCode.Forbidden]);
      // The same key and a current time sign a URL that works: the refusal above is the expiry.
      expect((await fetchBytes(new PhotoUrlSigner(SECRET, 3600).url(view.id, 'full'))).res.status).toBe(200);
    });

    it('answers 404 for a correctly signed URL of an unknown photo', async () => {
      const res = await http<ApiErrorBody>(t.baseUrl, new PhotoUrlSigner(SECRET, 3600).url(newId(), 'full'));
      expect([res.status, res.body.code]).toEqual([404, ErrorCode.PhotoNotFound]);
    });
  });

  describe('attach', () => {
    const RESIDENT = demoUserId('resident');
    const RIDER = demoUserId('rider');

    it(`refuses more than ${MAX_PHOTOS_PER_REPORT} photos for one record with 400, attaching none`, async () => {
      const ids: string[] = [];
      for (let i = 0; i < MAX_PHOTOS_PER_REPORT + 1; i += 1) ids.push((await uploadOk('part-time-member')).id);
      const record = newId();
      await expect(attach(demoUserId('part-time-member'), ids, record)).rejects.toMatchObject({
        code: ErrorCode.TooManyPhotos,
        status: 400,
      });
      expect(await photos.viewsAttachedTo(record)).toEqual([]);
      await attach(demoUserId('part-time-member'), ids.slice(0, MAX_PHOTOS_PER_REPORT), record);
      expect((await photos.viewsAttachedTo(record)).map((v) => v.id).sort()).toEqual(
        ids.slice(0, MAX_PHOTOS_PER_REPORT).sort(),
      );
    });

    it('attaches once: not again, not to another record, not by another user, not with the wrong purpose', async () => {
      const [a, b, c] = [
        await uploadOk('resident'),
        await uploadOk('resident'),
        await uploadOk('resident', PhotoPurpose.OrderProof),
      ];
      const record = newId();
      await attach(RESIDENT, [a.id, b.id], record);
      expect((await row(a.id)).attachedTo).toBe(record);

      const notFound = { code: ErrorCode.PhotoNotFound, status: 404 };
      await expect(attach(RESIDENT, [a.id], newId())).rejects.toMatchObject(notFound);
      await expect(attach(RESIDENT, [a.id], record)).rejects.toMatchObject(notFound);
      await expect(attach(RIDER, [c.id], newId(), PhotoPurpose.OrderProof)).rejects.toMatchObject(notFound);
      await expect(attach(RESIDENT, [c.id], newId(), PhotoPurpose.Report)).rejects.toMatchObject(notFound);
      await expect(attach(RESIDENT, [c.id, c.id], newId(), PhotoPurpose.OrderProof)).rejects.toMatchObject(notFound);
      await expect(attach(RESIDENT, [newId()], newId())).rejects.toMatchObject(notFound);
      // A failed attach rolls back with the caller's transaction: the good id in the list stays free.
      await expect(attach(RESIDENT, [c.id, a.id], newId(), PhotoPurpose.OrderProof)).rejects.toMatchObject(notFound);
      expect((await row(c.id)).attachedTo).toBeNull();

      await attach(RESIDENT, [c.id], record, PhotoPurpose.OrderProof);
      expect((await row(b.id)).attachedTo).toBe(record);
      await expect(attach(RESIDENT, [], newId())).resolves.toBeUndefined();
    });

    it('lets exactly one of two concurrent records take a photo', async () => {
      const photo = await uploadOk('rider');
      const records = [newId(), newId(), newId()];
      const results = await Promise.allSettled(records.map((r) => attach(RIDER, [photo.id], r)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = records[results.findIndex((r) => r.status === 'fulfilled')];
      expect((await row(photo.id)).attachedTo).toBe(winner);
    });

    it('returns views in the order asked, leaving unknown ids out', async () => {
      const [a, b] = [await uploadOk('rider'), await uploadOk('rider')];
      const views = await photos.viewsFor([b.id, newId(), a.id]);
      expect(views.map((v) => v.id)).toEqual([b.id, a.id]);
      expect(views[0]).toEqual(expect.objectContaining({ width: b.width, height: b.height }));
      expect((await fetchBytes(views[0].thumbUrl)).res.status).toBe(200);
    });
  });

  describe('sweep', () => {
    it('deletes files and rows of photos never attached a day after upload, and nothing else', async () => {
      const RIDER = demoUserId('rider');
      const [stale, attached, young, lastMinute] = [
        await uploadOk('rider'),
        await uploadOk('rider'),
        await uploadOk('rider'),
        await uploadOk('rider'),
      ];
      await attach(RIDER, [attached.id], newId());
      await backdate(stale.id, 26 * HOUR);
      await backdate(attached.id, 26 * HOUR);
      await backdate(lastMinute.id, 24 * HOUR + 10 * 60_000);
      // Past a day it can no longer be attached, so the sweep cannot race an attach for it.
      await expect(attach(RIDER, [lastMinute.id], newId())).rejects.toMatchObject({ code: ErrorCode.PhotoNotFound });
      const staleKeys = [(await row(stale.id)).storageKey, (await row(stale.id)).thumbKey];

      expect(await photos.sweepUnattached()).toBe(1);
      expect(await t.dataSource.getRepository(Photo).findOneBy({ id: stale.id })).toBeNull();
      expect(storedFiles()).not.toContain(staleKeys[0]);
      expect(storedFiles()).not.toContain(staleKeys[1]);
      for (const kept of [attached, young, lastMinute]) expect(await row(kept.id)).toBeTruthy();
      expect((await http(t.baseUrl, stale.url)).status).toBe(404);
      expect(await photos.sweepUnattached()).toBe(0);
      await expectNoOrphans();
    });
  });
});
