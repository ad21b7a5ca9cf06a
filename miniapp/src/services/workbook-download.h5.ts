import { fetchBlob } from './blob-fetch.h5';
import type { QueryValue } from './request';

/** An XLSX the API makes for the caller: the route, its query and the name the file is saved under. */
export interface WorkbookDownload {
  route: string;
  query?: Record<string, QueryValue>;
  fileName: string;
}

export type DownloadOutcome = 'downloaded' | 'opened' | 'shared' | 'saved';

/** H5: the workbook is fetched with the caller's token and saved through a link. */
export async function downloadWorkbook(workbook: WorkbookDownload): Promise<DownloadOutcome> {
  const blob = await fetchBlob(workbook.route, workbook.query);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = workbook.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
