import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';

import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';

import type { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify's request id: the caller's x-request-id when it is sane, else a new UUID. pino-http reads `req.id`. */
export function requestIdFor(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

export function loggerModule(config: AppConfig) {
  return PinoLoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // On the root logger, not customProps: those build one more child logger for every request.
      base: { pid: process.pid, hostname: hostname(), service: 'tongxin-api' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  });
}
