import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';

import { S3Storage } from './s3.storage';

/** A few lines of S3 (path style, in memory): enough to see the driver's requests, not a stand-in for COS or MinIO. */
function fakeS3(): Promise<{
  server: Server;
  endpoint: string;
  objects: Map<string, { body: Buffer; type: string }>;
  seen: string[];
}> {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: string[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    seen.push(`${req.method} ${path}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const object = objects.get(path);
    if (req.method === 'PUT') {
      objects.set(path, { body: Buffer.concat(chunks), type: String(req.headers['content-type']) });
      res.writeHead(200, { etag: '"1"' }).end();
    } else if (req.method === 'DELETE') {
      objects.delete(path);
      res.writeHead(204).end();
    } else if (!object) {
      const xml = '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>';
      res.writeHead(404, { 'content-type': 'application/xml' }).end(req.method === 'HEAD' ? undefined : xml);
    } else {
      res
        .writeHead(200, { 'content-type': object.type, 'content-length': object.body.length })
        .end(req.method === 'HEAD' ? undefined : object.body);
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, objects, seen }),
    ),
  );
}

async function bytesOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('S3Storage (against a minimal fake)', () => {
  let fake: Awaited<ReturnType<typeof fakeS3>>;
  let storage: S3Storage;

  beforeAll(async () => {
    fake = await fakeS3();
    storage = new S3Storage({
      endpoint: fake.endpoint,
      region: 'ap-guangzhou',
      bucket: 'tongxin',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });
  afterAll(() => {
    storage.close();
    fake.server.close();
  });

  it('puts, reads, checks and deletes objects in the bucket', async () => {
    const key = 'photos/2025/06/a.jpg';
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Buffer.from('jpeg'), 'image/jpeg');
    expect(fake.objects.get(`/tongxin/${key}`)).toEqual({ body: Buffer.from('jpeg'), type: 'image/jpeg' });
    expect(await storage.exists(key)).toBe(true);
    const object = await storage.get(key);
    expect(object?.contentType).toBe('image/jpeg');
    expect((await bytesOf(object!.body)).toString()).toBe('jpeg');
    await storage.delete(key);
    expect(fake.objects.size).toBe(0);
    expect(fake.seen).toContain(`DELETE /tongxin/${key}`);
  });

  it('refuses unsafe keys before any request', async () => {
    const before = fake.seen.length;
    await expect(storage.put('../x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/storage key/i);
    expect(fake.seen.length).toBe(before);
  });
});
