import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { ENTITIES } from './entities';
import { loadConfig } from './infra/config/app-config';
import { buildDataSourceOptions } from './infra/database/data-source-options';

/** Used by the TypeORM CLI (migration:generate / migration:run). */
export default new DataSource({ ...buildDataSourceOptions(loadConfig().database, ENTITIES), migrationsRun: false });
