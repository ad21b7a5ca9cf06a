import multipart from '@fastify/multipart';
import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { StorageModule } from '../../infra/storage/storage.module';
import { PhotosController } from './photos.controller';
import { PhotosRepository } from './photos.repository';
import { PhotosService } from './photos.service';

@Module({
  imports: [StorageModule],
  controllers: [PhotosController],
  providers: [PhotosService, PhotosRepository],
  exports: [PhotosService],
})
export class PhotosModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(photos: PhotosService, config: AppConfig, logger: PinoLogger, adapterHost: HttpAdapterHost) {
    // multipart/form-data gets a parser that leaves the body unread (so BODY_LIMIT_BYTES does not apply);
    // the upload route streams it with its own limits. JSON routes keep Fastify's JSON parser and body limit.
    // No HTTP adapter in a standalone application context (the seed and reconcile commands): nothing to parse.
    const adapter = adapterHost.httpAdapter as unknown as FastifyAdapter | undefined;
    adapter?.register(multipart as unknown as Parameters<FastifyAdapter['register']>[0], {
      limits: { fileSize: config.photos.maxBytes, files: 1, fields: 4, parts: 5 },
    });
    this.sweeper = new Sweeper('photos.unattached', config.sweepIntervalMs, () => photos.sweepUnattached(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
