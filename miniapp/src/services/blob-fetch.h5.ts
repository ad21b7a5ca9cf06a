import { apiErrorFromResponse } from './api-error';
import { buildUrl, networkError, type QueryValue, withFreshToken } from './request';

/**
 * H5: a GET answered with a file (a workbook, a printable page) rather than JSON. It needs the Authorization
 * header, which a plain link cannot send, so it is fetched as a Blob; an expired token is refreshed as request() does.
 */
export function fetchBlob(path: string, query?: Record<string, QueryValue>): Promise<Blob> {
  return withFreshToken(async (token) => {
    let response: Response;
    try {
      response = await fetch(buildUrl(path, query), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    } catch (reason) {
      throw networkError(reason);
    }
    if (!response.ok) throw apiErrorFromResponse(response.status, await response.json().catch(() => null));
    return response.blob();
  });
}
