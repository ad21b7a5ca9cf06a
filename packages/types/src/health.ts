export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  driver: 'mysql' | 'better-sqlite3';
  version: string;
  uptimeSeconds: number;
}
