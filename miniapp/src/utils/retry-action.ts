import { ClientErrorCode, isApiError } from '@/services/api-error';

/** Waits between attempts of an action that failed on the network; tests shorten them. */
export const retryPolicy = { delaysMs: [800, 2000, 4000] };

/** Only failures where no answer arrived are retried: the API's answers are final. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && (error.code === ClientErrorCode.Network || error.code === ClientErrorCode.Timeout);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the same request again after a network drop or timeout, up to `retryPolicy.delaysMs.length`
 * more times. `onRetry(n)` is told before the n-th retry, so the UI can show 重试中.
 */
export async function withRetries<T>(send: () => Promise<T>, onRetry?: (attempt: number) => void): Promise<T> {
  const delays = retryPolicy.delaysMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!isRetryable(error) || attempt >= delays.length) throw error;
      onRetry?.(attempt + 1);
      await wait(delays[attempt]);
    }
  }
}
