export * from './errors';
export * from './pagination';
export * from './places';
export * from './events';
export * from './health';
export * from './routes';
export * from './client-errors';
export * from './identity';
