import { ErrorCode } from '@tongxin/types';

import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { providerEnv } from './fakes/provider-env';
import { loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

/**
 * The bad-input sweep: every operation in the OpenAPI document, as an anonymous caller, a resident and a member of
 * staff, with malformed path ids, query values, headers and bodies. No answer may be a 5xx, and every error must
 * keep the contract `{ code, message, requestId }` — including errors Fastify gives before the app sees the request.
 * New endpoints are covered by being in the document.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  oneOf?: Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
}

interface Operation {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Probe {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  what: string;
}

const CONCURRENCY = 16;
const NO_SUCH_ID = '01890000-0000-7000-8000-000000000000';
const LONG = 'x'.repeat(20_000);

const BAD_PATH_VALUES = [
  'not-a-uuid',
  '0',
  '-1',
  '1e309',
  'NaN',
  '%00',
  '%E0%A4%A',
  '%F0%9F%98%80',
  "'%20OR%201%3D1--",
  '..%2F..%2Fetc',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(2_000),
];

const BAD_QUERY_VALUES = ['', 'abc', '-1', '0', '1.5', '1e309', 'NaN', 'Infinity', '99999999999999999999', LONG, '%00'];

/** Values of the wrong kind for a property of schema `s`, plus those that are wrong for every kind. */
function badValuesFor(s: Schema): unknown[] {
  const common: unknown[] = [null, LONG, -1, 1e308, -1e308, 2 ** 63, 0.5, {}, [], { $gt: '' }, '\u0000', '\ud800'];
  switch (s.type) {
    case 'string':
      return [...common, 123, true, ['x'], '', ' ', '2026-13-45T99:99:99Z', '😀'.repeat(300)];
    case 'integer':
    case 'number':
      return [...common, '1', 'abc', true, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2];
    case 'boolean':
      return [...common, 'true', 1, 'yes'];
    case 'array':
      return [...common, 'x', [null], [LONG], Array.from({ length: 5_000 }, () => 'x'), [[[[[[[[]]]]]]]]];
    default:
      return [...common, 'x', 1, true];
  }
}

function parseObject(text: string): { code?: unknown; message?: unknown; requestId?: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function deepNesting(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('bad-input sweep over the OpenAPI document', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  let doc: OpenApi;
  const identities: { name: string; token?: string }[] = [{ name: 'anonymous' }];

  beforeAll(async () => {
    // The providers are the local fakes, so WeChat and SMS routes answer as they would in production.
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(providerEnv(sms, wx));
    doc = (await (await fetch(`${t.baseUrl}/api/docs/json`)).json()) as OpenApi;
    identities.push({ name: 'resident', token: (await loginAs(t.baseUrl, 'resident')).accessToken });
    identities.push({ name: 'staff', token: (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken });
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) return resolve(doc.components?.schemas?.[s.$ref.split('/').pop()!]);
    if (s.allOf?.length)
      return s.allOf
        .map(resolve)
        .reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
    if (s.oneOf?.length) return resolve(s.oneOf[0]);
    if (s.anyOf?.length) return resolve(s.anyOf[0]);
    return s;
  };

  /** A plausible value for a schema: the base that each mutation changes one property of. */
  const sample = (raw: Schema | undefined, depth = 0): unknown => {
    const s = resolve(raw);
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return NO_SUCH_ID;
        if (s.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
        return '测试';
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 3 ? [] : [sample(s.items, depth + 1)];
      default:
        if (!s.properties || depth > 3) return {};
        return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sample(v, depth + 1)]));
    }
  };

  function probesFor(method: string, template: string, op: Operation): Probe[] {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
    const fill = (overrides: Record<string, string> = {}) =>
      `/api${template.replace(/^\/api/, '')}`.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? NO_SUCH_ID);
    const json = { 'content-type': 'application/json' };
    const jsonSchema = op.requestBody?.content['application/json']?.schema;
    const hasBody = !!op.requestBody;
    const base = jsonSchema ? sample(jsonSchema) : hasBody ? {} : undefined;
    const baseBody = base === undefined ? undefined : JSON.stringify(base);
    const probes: Probe[] = [];
    const add = (what: string, path: string, body?: string | Buffer, headers: Record<string, string> = json) =>
      probes.push({ method, path, body: body === undefined && !hasBody ? undefined : body, headers, what });

    add('plain', fill(), baseBody);
    for (const name of pathParams) {
      for (const value of BAD_PATH_VALUES) add(`path ${name}=${value.slice(0, 20)}`, fill({ [name]: value }), baseBody);
    }
    const queryParams = params.filter((p) => p.in === 'query').map((p) => p.name);
    for (const name of [...queryParams, 'unknownField']) {
      for (const value of BAD_QUERY_VALUES) {
        add(`query ${name}=${value.slice(0, 20)}`, `${fill()}?${name}=${encodeURIComponent(value)}`, baseBody);
      }
      add(`query ${name} twice`, `${fill()}?${name}=1&${name}=2`, baseBody);
      add(`query ${name} nested`, `${fill()}?${name}[a][b]=1`, baseBody);
    }
    add('header: malformed bearer', fill(), baseBody, { ...json, authorization: 'Bearer not.a.jwt' });
    add('header: huge bearer', fill(), baseBody, { ...json, authorization: `Bearer ${'a'.repeat(6_000)}` });
    add('header: basic auth', fill(), baseBody, { ...json, authorization: 'Basic YTpi' });
    add('header: odd request id', fill(), baseBody, { ...json, 'x-request-id': '../../' + 'z'.repeat(300) });
    if (!hasBody && method !== 'get') add('unexpected body', fill(), JSON.stringify({ a: 1 }));
    if (hasBody) {
      const schema = resolve(jsonSchema);
      for (const [what, body] of [
        ['empty object', '{}'],
        ['array body', '[]'],
        ['string body', '"x"'],
        ['number body', '1e309'],
        ['null body', 'null'],
        ['empty body', ''],
        ['malformed json', '{"a":'],
        ['deep nesting', deepNesting(20_000)],
        ['deep object', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000)],
        [
          'prototype pollution',
          JSON.stringify({ ...(base as object), __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
        ],
        ['unknown field', JSON.stringify({ ...(base as object), unknownField: 1 })],
      ] as const) {
        add(`body: ${what}`, fill(), body);
      }
      add('body: invalid utf-8', fill(), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
      add('body: text/plain', fill(), baseBody ?? '{}', { 'content-type': 'text/plain' });
      add('body: form', fill(), 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' });
      add('body: multipart without boundary', fill(), 'x', { 'content-type': 'multipart/form-data' });
      add('body: json with odd charset', fill(), baseBody ?? '{}', {
        'content-type': 'application/json; charset=latin1',
      });
      add('body: no content type', fill(), baseBody ?? '{}', {});
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        const values = badValuesFor(resolve(prop));
        for (const value of values) {
          add(
            `body ${key}=${JSON.stringify(value)?.slice(0, 20)}`,
            fill(),
            JSON.stringify({ ...(base as object), [key]: value }),
          );
        }
        const without = { ...(base as Record<string, unknown>) };
        delete without[key];
        add(`body without ${key}`, fill(), JSON.stringify(without));
      }
    }
    return probes;
  }

  it('answers every malformed request with a 4xx in the error contract, never a 5xx', async () => {
    const operations = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ method, path, op })))
      // Deleting the account ends the session the rest of the sweep uses: last.
      .sort(
        (a, b) =>
          Number(a.method === 'delete' && a.path.endsWith('/me')) -
          Number(b.method === 'delete' && b.path.endsWith('/me')),
      );
    // One example per kind of failure (status, code, probe), so a new class of bug reads as one line.
    const failures = new Map<string, string>();
    const fail = (kind: string, example: string) => {
      if (!failures.has(kind)) failures.set(kind, example);
    };
    const counts: Record<string, number> = {};
    let total = 0;
    for (const identity of identities) {
      for (const { method, path, op } of operations) {
        const probes = probesFor(method, path, op);
        for (let i = 0; i < probes.length; i += CONCURRENCY) {
          await Promise.all(
            probes.slice(i, i + CONCURRENCY).map(async (probe) => {
              const headers = {
                ...(identity.token ? { authorization: `Bearer ${identity.token}` } : {}),
                ...probe.headers,
              };
              const response = await fetch(`${t.baseUrl}${probe.path}`, {
                method: probe.method.toUpperCase(),
                headers,
                body: probe.body,
              });
              const text = await response.text();
              total += 1;
              const bucket = `${Math.floor(response.status / 100)}xx`;
              counts[bucket] = (counts[bucket] ?? 0) + 1;
              const where = `${identity.name} ${probe.method.toUpperCase()} ${path} [${probe.what}] → ${response.status}`;
              const kind = `${response.status} ${parseObject(text)?.code ?? '?'} [${probe.what.replace(/=.*/, '')}]`;
              if (response.status >= 500) fail(kind, `${where} ${text.slice(0, 300)}`);
              if (response.status >= 400) {
                const body = parseObject(text);
                const ok =
                  !!body &&
                  Object.values(ErrorCode).includes(body.code as ErrorCode) &&
                  typeof body.message === 'string' &&
                  typeof body.requestId === 'string';
                if (!ok) fail(`${kind} outside the contract`, `${where}: ${text.slice(0, 300)}`);
              }
            }),
          );
        }
      }
    }
    process.stdout.write(`sweep: ${operations.length} operations, ${total} requests, ${JSON.stringify(counts)}\n`);
    expect([...failures].map(([kind, example]) => `${kind}: ${example}`)).toEqual([]);
  }, 900_000);
});
