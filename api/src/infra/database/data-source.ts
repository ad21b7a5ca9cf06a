import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI (migration:generate / migration:run). */
export default new DataSource({ ...buildDataSourceOptions(loadConfig().database), migrationsRun: false });
