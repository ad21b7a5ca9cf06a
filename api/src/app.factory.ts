import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@tongxin/types';
import { Logger, PinoLogger } from 'nestjs-pino';

import { AppModule } from './app.module';
import type { AppConfig } from './infra/config/app-config';
import { APP_VERSION } from './infra/config/version';
import { AllExceptionsFilter } from './infra/http/all-exceptions.filter';
import { answerClientError, answerFrameworkError, refuseDeepBodies } from './infra/http/pre-routing-errors';
import { createValidationPipe } from './infra/http/validation.pipe';
import { requestIdFor } from './infra/logger/logger.module';

/** Builds the whole API (used by main.ts and by the e2e tests). Call `listen` on the result. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestIdFor,
    // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY); anyone else could forge it.
    trustProxy: config.trustProxy,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['x-request-id'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(await app.resolve(PinoLogger)));
  const fastify = app.getHttpAdapter().getInstance();
  refuseDeepBodies(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('同心 Tongxin API')
      .setDescription('社区治理小程序接口：地点、活动、上报、抢单、积分')
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/json` });
  app.enableShutdownHooks();
  return app;
}
