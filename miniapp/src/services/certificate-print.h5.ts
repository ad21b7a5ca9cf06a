import { ApiRoute } from '@tongxin/types';

import { apiErrorFromResponse } from './api-error';
import { buildUrl, networkError, withFreshToken } from './request';

export type PrintOutcome = 'opened' | 'unsupported';

async function fetchDocument(id: string, token: string | null): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(ApiRoute.VolunteerCertificateDocument(id)), {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (reason) {
    throw networkError(reason);
  }
  if (!response.ok) throw apiErrorFromResponse(response.status, await response.json().catch(() => null));
  return response.blob();
}

/**
 * H5 (staff at a desk): the printable page needs the Authorization header, so it is fetched and shown in a new
 * tab, where the browser's 打印 (or 另存为 PDF) takes it. The tab is opened at the tap, before the fetch, so that
 * the browser does not take it for a pop-up.
 */
export async function printCertificate(id: string): Promise<PrintOutcome> {
  const tab = window.open('', '_blank');
  try {
    const blob = await withFreshToken((token) => fetchDocument(id, token));
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'opened';
  } catch (error) {
    tab?.close();
    throw error;
  }
}
