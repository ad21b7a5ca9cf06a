import { QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/services/api-error';

const MAX_RETRIES = 1;

// A 4xx will not get better by asking again; network errors and 5xx get one more try.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        // Mini-program pages have no window focus; tab switches are handled by the pages.
        refetchOnWindowFocus: false,
      },
    },
  });
}
