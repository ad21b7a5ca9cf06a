import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Nest closes the HTTP server last, after the modules' shutdown hooks have closed the database pool, so requests
 * still running on SIGTERM would fail with "Pool is closed". Closing the server here, before those hooks, stops
 * new connections and waits for the running requests while the pool is still open.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.adapterHost.httpAdapter?.close();
  }
}
