import { AsyncLocalStorage } from 'node:async_hooks';

import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver runs every query of the process on one shared connection. Two overlapping
 * `transaction()` calls would nest (BEGIN inside BEGIN, or a SAVEPOINT in someone else's transaction), and a
 * plain query issued while another request's transaction is open would join it and roll back with it.
 *
 * So on SQLite one transaction runs at a time: it holds a lock from BEGIN to COMMIT/ROLLBACK, queries from
 * inside it (recognised by async context) pass straight through, and every other query waits its turn.
 * SQLite has a single writer anyway; this only makes the interleaving explicit.
 */
export function serializeSqlite(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const context = new AsyncLocalStorage<symbol>();
  let owner: symbol | null = null;
  let tail: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after everything queued before it. */
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  const runner = dataSource.driver.createQueryRunner('master') as QueryRunner & { query: QueryRunner['query'] };
  const query = runner.query.bind(runner);
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    if (owner && context.getStore() === owner) return query(...args);
    return exclusive(() => query(...args));
  }) as QueryRunner['query'];

  const manager = dataSource.manager as EntityManager & { transaction: EntityManager['transaction'] };
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    if (owner && context.getStore() === owner) return transaction(...args);
    return exclusive(() => {
      const token = Symbol('sqlite-transaction');
      owner = token;
      return context
        .run(token, () => transaction(...args))
        .finally(() => {
          owner = null;
        });
    });
  }) as EntityManager['transaction'];
}
