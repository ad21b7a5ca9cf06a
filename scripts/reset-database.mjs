#!/usr/bin/env node
// Drops and recreates the database named in DATABASE_URL (used by CI and the journeys, never by the app).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../api/package.json', import.meta.url));
const mysql = require('mysql2/promise');
const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
const name = url.pathname.slice(1);
if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`refusing to reset database "${name}"`);
url.pathname = '/';
const connection = await mysql.createConnection(url.toString());
await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
await connection.end();
