import { type ApiErrorBody, ErrorCode, type HealthResponse, type ReportClientErrorRequest } from '@tongxin/types';

import { http, startTestApp, type TestApp } from './helpers/test-app';

describe('platform: health, errors, OpenAPI, CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => t.close());

  it('reports the database as up', async () => {
    const res = await http<HealthResponse>(t.baseUrl, '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.body.driver).toBe(process.env.DATABASE_URL ? 'mysql' : 'better-sqlite3');
  });

  it('echoes a sane x-request-id and invents one otherwise', async () => {
    const given = await http(t.baseUrl, '/api/health', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(given.headers.get('x-request-id')).toBe('trace-12345678');
    const invented = await http(t.baseUrl, '/api/health', { headers: { 'x-request-id': 'bad id!' } });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await http<ApiErrorBody>(t.baseUrl, '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(ErrorCode.RouteNotFound);
    expect(typeof res.body.message).toBe('string');
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    http<ApiErrorBody>(t.baseUrl, '/api/client-errors', { method: 'POST', body, headers });
  const valid: ReportClientErrorRequest = { message: '渲染失败', page: 'pages/index/index', platform: 'h5' };

  it('accepts a well-formed body', async () => {
    expect((await post(JSON.stringify(valid))).status).toBe(202);
  });

  it('answers malformed JSON with 400 MALFORMED_BODY', async () => {
    const res = await post('{"message": "oops",');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(ErrorCode.MalformedBody);
    expect(res.body.requestId).toBeTruthy();
  });

  it('refuses fields the client does not own (forbidNonWhitelisted)', async () => {
    const res = await post(JSON.stringify({ ...valid, isAdmin: true }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(ErrorCode.ValidationFailed);
    expect(JSON.stringify(res.body.details)).toContain('isAdmin');
  });

  it('names each invalid field', async () => {
    const res = await post(JSON.stringify({ ...valid, platform: 'android', message: 42 }));
    expect(res.status).toBe(400);
    const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['message', 'platform']);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await post(JSON.stringify({ ...valid, stack: 'x'.repeat(3000) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe(ErrorCode.PayloadTooLarge);
  });

  it('refuses a content type it does not parse with 415', async () => {
    const res = await post('<message>hi</message>', { 'content-type': 'application/xml' });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe(ErrorCode.UnsupportedMediaType);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await http<{ openapi: string; paths: Record<string, unknown> }>(t.baseUrl, '/api/docs/json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/health']),
    );
    const ui = await http<string>(t.baseUrl, '/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('allows configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.baseUrl}/api/events`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
    expect((await preflight('http://127.0.0.1:8080')).headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:8080',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
