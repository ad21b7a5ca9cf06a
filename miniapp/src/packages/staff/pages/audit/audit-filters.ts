import { type AuditLogEntry, POINTS_SOURCE_LABEL, type PointsSource, type Role, ROLE_LABEL } from '@tongxin/types';

import { chinaDay } from '@/utils/format-date';

export type RangeKey = 'all' | 'today' | 'week' | 'month';

const DAY_MS = 24 * 3600_000;

/** The from/to days of a quick range, counted back from today in China; none for 全部时间. */
export function rangeOf(range: RangeKey, now = Date.now()): { from?: string; to?: string } {
  if (range === 'all') return {};
  const back = { today: 0, week: 6, month: 29 }[range];
  return { from: chinaDay(now - back * DAY_MS), to: chinaDay(now) };
}

/** One line saying what the entry was about, from the details the API kept. */
export function describeDetails(entry: AuditLogEntry): string {
  const d = entry.details ?? {};
  const role = typeof d.role === 'string' ? (ROLE_LABEL[d.role as Role] ?? d.role) : null;
  switch (entry.action) {
    case 'role.grant':
      return `授予「${role}」${d.byPhone ? '（按手机号）' : ''}`;
    case 'role.revoke':
      return `撤销「${role}」`;
    case 'pii.view':
      return '查看了一位成员的完整手机号';
    case 'points.award':
    case 'points.reverse':
      return [typeof d.amount === 'number' ? `${d.amount} 积分` : null, d.reason].filter(Boolean).join('，');
    case 'points.rule.update': {
      const after = d.after as { points?: number } | undefined;
      const source = POINTS_SOURCE_LABEL[d.source as PointsSource] ?? String(d.source ?? '');
      return `${source}改为每次 ${after?.points ?? '?'} 分`;
    }
    default:
      return typeof d.reason === 'string' ? d.reason : '';
  }
}
