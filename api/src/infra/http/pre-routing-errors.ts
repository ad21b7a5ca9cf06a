import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

import { type ApiErrorBody, ERROR_HTTP_STATUS, ErrorCode } from '@tongxin/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Deeper JSON than any request of ours needs; deeper bodies are refused before validation walks them. */
export const MAX_BODY_DEPTH = 32;

const REASONS: Record<string, string> = {
  [ErrorCode.HeadersTooLarge]: '请求头或地址过长',
  [ErrorCode.MalformedRequest]: '请求格式有误',
};

function errorBody(code: ErrorCode, message: string, requestId: string): string {
  return JSON.stringify({ code, message, requestId } satisfies ApiErrorBody);
}

/**
 * Node's HTTP parser refuses some requests before Fastify or the app see them (headers or URL over 16 KB, a broken
 * request line). Fastify's default answer is not our contract; this one is. Passed as `clientErrorHandler`.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const code = error.code === 'HPE_HEADER_OVERFLOW' ? ErrorCode.HeadersTooLarge : ErrorCode.MalformedRequest;
  const status = ERROR_HTTP_STATUS[code];
  const body = errorBody(code, REASONS[code], randomUUID());
  socket.end(
    `HTTP/1.1 ${status} ${code === ErrorCode.HeadersTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Fastify's router refuses a path with broken percent-encoding (FST_ERR_BAD_URL) or an over-long parameter
 * (FST_ERR_MAX_PARAM_LENGTH) before any hook runs. Passed as `frameworkErrors`, answering in the contract.
 */
export function answerFrameworkError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? '地址中的参数过长' : REASONS[ErrorCode.MalformedRequest];
  void reply
    .status(ERROR_HTTP_STATUS[ErrorCode.MalformedRequest])
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorBody(ErrorCode.MalformedRequest, message, request.id));
}

/** Depth of a parsed JSON value, walked without recursion (a deep body must not overflow the stack here either). */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const next = depth + 1;
    deepest = Math.max(deepest, next);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push({ value: child, depth: next });
  }
  return deepest;
}

/** Refuses JSON bodies nested deeper than MAX_BODY_DEPTH with MALFORMED_BODY, before validation sees them. */
export function refuseDeepBodies(instance: FastifyInstance): void {
  instance.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    if (typeof request.body !== 'object' || request.body === null) return;
    if (jsonDepth(request.body, MAX_BODY_DEPTH) <= MAX_BODY_DEPTH) return;
    await reply
      .status(ERROR_HTTP_STATUS[ErrorCode.MalformedBody])
      .header('content-type', 'application/json; charset=utf-8')
      .send(errorBody(ErrorCode.MalformedBody, `请求体嵌套过深（最多 ${MAX_BODY_DEPTH} 层）`, request.id));
  });
}
