// Serves the mini-app's H5 build and proxies /api to the API, as nginx does in docker/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import proxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

export const H5_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'miniapp', 'dist', 'h5');

/** Starts the H5 server; resolves to its URL. */
export async function startH5Server({ port, host = '127.0.0.1', apiUrl, root = H5_ROOT }) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No H5 build at ${root}: run "npm run build -w @tongxin/miniapp" first.`);
  }
  const app = Fastify({ logger: false });
  await app.register(proxy, { upstream: apiUrl, prefix: '/api', rewritePrefix: '/api' });
  await app.register(fastifyStatic, { root, index: ['index.html'] });
  const address = await app.listen({ port, host });
  return { url: `${address}/`, close: () => app.close() };
}
