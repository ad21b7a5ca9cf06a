/** Paths under the API prefix, shared by the API and the mini-app's endpoint files. */
export const API_PREFIX = 'api';

export const ApiRoute = {
  Health: 'health',
  Events: 'events',
  Event: (id: string) => `events/${encodeURIComponent(id)}`,
  Places: 'places',
  ClientErrors: 'client-errors',
} as const;
