import type { RegistrationStatus, RosterEntry } from '@tongxin/types';
import { REGISTRATION_STATUS_LABEL } from '@tongxin/types';

/** CSV cell: quoted when it holds a comma, quote or line break; formula-looking text is defused for Excel/WPS. */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Attendance as CSV, UTF-8 with a BOM so Excel and WPS open the Chinese text correctly. */
export function attendanceCsv(roster: RosterEntry[], noShows: Map<string, number>, ended: boolean): string {
  const header = ['姓名', '手机', '报名状态', '随行人员', '签到时间', '签到人', '本场缺席', '累计缺席'];
  const lines = roster.map((r) =>
    [
      r.name,
      r.phone,
      REGISTRATION_STATUS_LABEL[r.status as RegistrationStatus],
      r.dependents.map((d) => (d.age !== undefined ? `${d.name}(${d.age}岁)` : d.name)).join('、'),
      r.checkedInAt,
      r.checkedInBy,
      ended && r.status === 'confirmed' && !r.checkinId ? '是' : '',
      noShows.get(r.memberId) ?? 0,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
