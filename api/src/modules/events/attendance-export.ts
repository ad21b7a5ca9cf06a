import type { RegistrationStatus, RosterEntry } from '@tongxin/types';
import { REGISTRATION_STATUS_LABEL } from '@tongxin/types';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { chinaMinute } from '../../infra/time/china-time';

/** One cell of the attendance table. */
export type AttendanceValue = string | number | null;
type Value = AttendanceValue;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER = ['姓名', '手机', '报名状态', '随行人员', '签到时间', '签到人', '本场缺席', '累计缺席'];
/** Column widths in characters, in HEADER's order. */
const WIDTHS = [12, 14, 10, 24, 18, 12, 10, 10];

/** The attendance table: one row per sign-up, no-shows marked once the event has ended. */
export function attendanceRows(roster: RosterEntry[], noShows: Map<string, number>, ended: boolean): Value[][] {
  return roster.map((r) => [
    r.name,
    r.phone,
    REGISTRATION_STATUS_LABEL[r.status as RegistrationStatus],
    r.dependents.map((d) => (d.age !== undefined ? `${d.name}(${d.age}岁)` : d.name)).join('、'),
    r.checkedInAt ? chinaMinute(new Date(r.checkedInAt)) : null,
    r.checkedInBy,
    ended && r.status === 'confirmed' && !r.checkinId ? '是' : '',
    noShows.get(r.memberId) ?? 0,
  ]);
}

/** Text that Excel and WPS would run as a formula is defused with a leading quote. */
function defused(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** CSV cell: quoted when it holds a comma, quote or line break. */
function csvCell(value: Value): string {
  const text = value === null ? '' : String(defused(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Attendance as CSV, UTF-8 with a BOM so Excel and WPS open the Chinese text correctly. */
export function attendanceCsv(rows: Value[][]): string {
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Attendance as an Excel workbook: a bold, frozen header row; numbers stay numbers. */
export function attendanceXlsx(rows: Value[][]): Promise<Buffer> {
  const data: SheetData = [
    HEADER.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => (value === null || value === '' ? null : { value: defused(value) }))),
  ];
  return writeExcelFile(data, {
    sheet: '签到表',
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
