import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, NotFoundException } from '@nestjs/common';
import { type ApiErrorBody, ERROR_HTTP_STATUS, ErrorCode } from '@tongxin/types';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PinoLogger } from 'nestjs-pino';

import { DomainException } from './domain.exception';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.MalformedBody,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.MalformedBody,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ErrorCode.MalformedBody,
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.PayloadTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.UnsupportedMediaType,
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.RateLimited,
};

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.MalformedBody]: '请求体不是有效的 JSON',
  [ErrorCode.PayloadTooLarge]: '请求体过大',
  [ErrorCode.UnsupportedMediaType]: '不支持的内容类型',
  [ErrorCode.RouteNotFound]: '接口不存在',
  [ErrorCode.Internal]: '服务器开小差了，请稍后再试',
};

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/** Turns every error into `{ code, message, details? }` with a code from @tongxin/types. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.toBody(exception);
    const status = ERROR_HTTP_STATUS[body.code];
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    }
    void reply
      .status(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({
        ...body,
        requestId: request.id,
      } satisfies ApiErrorBody);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainException) {
      return { code: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof NotFoundException) {
      // Our own code throws DomainException; a bare NotFoundException is Nest's unknown-route answer.
      return { code: ErrorCode.RouteNotFound, message: MESSAGES[ErrorCode.RouteNotFound] as string };
    }
    const cause = exception instanceof HttpException ? (exception.cause as FastifyLikeError | undefined) : undefined;
    if (cause && typeof cause.code === 'string' && FASTIFY_CODES[cause.code]) {
      // Nest wraps Fastify's body-parsing errors (FST_ERR_CTP_*) in an HttpException; the cause says which.
      const code = FASTIFY_CODES[cause.code];
      return { code, message: MESSAGES[code] ?? String(cause.message) };
    }
    if (exception instanceof HttpException) {
      const code = STATUS_CODES[exception.getStatus()] ?? ErrorCode.Internal;
      return { code, message: exception.message };
    }
    const fastifyError = exception as FastifyLikeError | null;
    if (fastifyError && typeof fastifyError.code === 'string' && FASTIFY_CODES[fastifyError.code]) {
      const code = FASTIFY_CODES[fastifyError.code];
      return { code, message: MESSAGES[code] ?? String(fastifyError.message) };
    }
    if (fastifyError && typeof fastifyError.statusCode === 'number' && STATUS_CODES[fastifyError.statusCode]) {
      const code = STATUS_CODES[fastifyError.statusCode];
      return { code, message: typeof fastifyError.message === 'string' ? fastifyError.message : code };
    }
    return { code: ErrorCode.Internal, message: MESSAGES[ErrorCode.Internal] as string };
  }
}
