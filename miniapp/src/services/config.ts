/** Injected at build time by config/index.ts (TARO_APP_API_BASE, with a per-platform default). */
export const API_BASE: string = (process.env.TARO_APP_API_BASE ?? '/api').replace(/\/+$/, '');

export const REQUEST_TIMEOUT_MS = 15_000;
