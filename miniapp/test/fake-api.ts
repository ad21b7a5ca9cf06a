import { request as taroRequest } from './mocks/taro';

export interface SentRequest {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
}

export interface FakeResponse {
  statusCode: number;
  data?: unknown;
}

type Handler = (sent: SentRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * Answers Taro.request by "METHOD path" (path after /api/, without the query), in order:
 * each key takes a list of handlers used one per call, the last one repeating.
 */
export function fakeApi(routes: Record<string, Handler[]>): SentRequest[] {
  const sent: SentRequest[] = [];
  const calls = new Map<string, number>();
  taroRequest.mockImplementation((options: SentRequest) => {
    sent.push(options);
    const path = options.url.replace(/^.*?\/api\//, '').replace(/\?.*$/, '');
    const key = `${options.method} ${path}`;
    const handlers = routes[key];
    if (!handlers) return Promise.resolve({ statusCode: 404, data: { code: 'ROUTE_NOT_FOUND', message: key } });
    const n = calls.get(key) ?? 0;
    calls.set(key, n + 1);
    return Promise.resolve(handlers[Math.min(n, handlers.length - 1)](options));
  });
  return sent;
}

export const ok =
  (data?: unknown, statusCode = 200): Handler =>
  () => ({ statusCode, data });

export const fail =
  (statusCode: number, code: string, message = code, details?: unknown): Handler =>
  () => ({ statusCode, data: { code, message, details } });
