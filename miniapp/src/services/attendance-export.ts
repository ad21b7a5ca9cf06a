import { ApiRoute } from '@tongxin/types';

import { type DownloadOutcome, downloadWorkbook } from './workbook-download';

export type ExportOutcome = DownloadOutcome;

/** 签到表 of an event, as `<title>-签到表.xlsx`. */
export function exportAttendance(eventId: string, title: string): Promise<ExportOutcome> {
  return downloadWorkbook({ route: ApiRoute.EventAdmin.AttendanceXlsx(eventId), fileName: `${title}-签到表.xlsx` });
}
