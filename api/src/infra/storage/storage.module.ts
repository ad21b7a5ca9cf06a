import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import { ObjectStorage } from './object-storage';
import { S3Storage } from './s3.storage';

/** Provides ObjectStorage: the local disk driver (root created here), or S3 when STORAGE_DRIVER=s3. */
@Module({
  providers: [
    {
      provide: ObjectStorage,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<ObjectStorage> => {
        if (config.storage.driver === 's3') return new S3Storage(config.storage.s3);
        const local = new LocalDiskStorage(config.storage.localDir);
        await local.init();
        return local;
      },
    },
  ],
  exports: [ObjectStorage],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(ObjectStorage) private readonly storage: ObjectStorage) {}

  onApplicationShutdown(): void {
    (this.storage as { close?: () => void }).close?.();
  }
}
