import type { RegistrationStatus, RosterEntry } from '@tongxin/types';
import { REGISTRATION_STATUS_LABEL } from '@tongxin/types';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { chinaMinute } from '../../infra/time/china-time';
import { defused } from '../../infra/xlsx/defused';

/** One cell of the attendance table. */
export type AttendanceValue = string | number | null;
type Value = AttendanceValue;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER = ['姓名', '手机', '报名状态', '随行人员', '签到时间', '签到人', '本场缺席', '累计缺席'];
/** Column widths in characters, in HEADER's order. */
const WIDTHS = [12, 14, 10, 24, 18, 12, 10, 10];
/** A volunteer event's table also has the 签退 time and the service hours credited (after any adjustment). */
const VOLUNTEER_HEADER = ['签退时间', '服务时长（小时）'];
const VOLUNTEER_WIDTHS = [18, 14];

/** The attendance table: its header and one row per sign-up. */
export interface AttendanceTable {
  header: string[];
  widths: number[];
  rows: Value[][];
}

/** One row per sign-up, no-shows marked once the event has ended; a volunteer event adds 签退 and hours. */
export function attendanceTable(
  roster: RosterEntry[],
  noShows: Map<string, number>,
  event: { ended: boolean; volunteer: boolean },
): AttendanceTable {
  const rows = roster.map((r) => {
    const row: Value[] = [
      r.name,
      r.phone,
      REGISTRATION_STATUS_LABEL[r.status as RegistrationStatus],
      r.dependents.map((d) => (d.age !== undefined ? `${d.name}(${d.age}岁)` : d.name)).join('、'),
      r.checkedInAt ? chinaMinute(new Date(r.checkedInAt)) : null,
      r.checkedInBy,
      event.ended && r.status === 'confirmed' && !r.checkinId ? '是' : '',
      noShows.get(r.memberId) ?? 0,
    ];
    if (event.volunteer) {
      const minutes = r.volunteerMinutes ?? null;
      row.push(r.checkedOutAt ? chinaMinute(new Date(r.checkedOutAt)) : null);
      row.push(minutes === null ? null : Math.round((minutes / 60) * 100) / 100);
    }
    return row;
  });
  return event.volunteer
    ? { header: [...HEADER, ...VOLUNTEER_HEADER], widths: [...WIDTHS, ...VOLUNTEER_WIDTHS], rows }
    : { header: HEADER, widths: WIDTHS, rows };
}

/** CSV cell: quoted when it holds a comma, quote or line break. */
function csvCell(value: Value): string {
  const text = value === null ? '' : String(defused(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Attendance as CSV, UTF-8 with a BOM so Excel and WPS open the Chinese text correctly. */
export function attendanceCsv({ header, rows }: AttendanceTable): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Attendance as an Excel workbook: a bold, frozen header row; numbers stay numbers. */
export function attendanceXlsx({ header, widths, rows }: AttendanceTable): Promise<Buffer> {
  const data: SheetData = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => (value === null || value === '' ? null : { value: defused(value) }))),
  ];
  return writeExcelFile(data, {
    sheet: '签到表',
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
