import { ApiRoute } from '@tongxin/types';

import { apiErrorFromResponse } from './api-error';
import { buildUrl, networkError, withFreshToken } from './request';

export type ExportOutcome = 'downloaded' | 'opened' | 'shared' | 'saved';

async function fetchWorkbook(eventId: string, token: string | null): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(ApiRoute.EventAdmin.AttendanceXlsx(eventId)), {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (reason) {
    throw networkError(reason);
  }
  if (!response.ok) throw apiErrorFromResponse(response.status, await response.json().catch(() => null));
  return response.blob();
}

/** H5: the workbook needs the Authorization header, so it is fetched as a Blob and saved through a link. */
export async function exportAttendance(eventId: string, title: string): Promise<ExportOutcome> {
  const blob = await withFreshToken((token) => fetchWorkbook(eventId, token));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${title}-签到表.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
