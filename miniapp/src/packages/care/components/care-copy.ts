import { type CareConsentBy, type CareRecordChangeView, type CareRecordSummary, ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';
import { chinaDay } from '@/utils/format-date';

export const CONSENT_BY_LABEL: Record<CareConsentBy, string> = { self: '本人', guardian: '监护人' };

export const CHANGE_ACTION_LABEL: Record<CareRecordChangeView['action'], string> = {
  created: '登记',
  updated: '修改',
  closed: '结案',
  anonymised: '匿名化处理',
};

/** The record's fields as the 变更记录 names them (it names fields, never their values). */
const FIELD_LABEL: Record<string, string> = {
  gridId: '网格',
  buildingId: '楼栋',
  household: '门牌',
  personName: '姓名',
  phone: '电话',
  memberId: '成员账号',
  categoryIds: '帮扶分类',
  needs: '帮扶需求',
  situation: '基本情况',
  helper: '结对帮扶人',
  reviewOn: '复核日期',
  consentBy: '同意人',
  consentOn: '同意日期',
  safetyCheck: '平安打卡',
  status: '状态',
};

/** "姓名、电话、帮扶需求"; a field this build does not know yet reads 其他信息 (once). */
export function changedFieldsText(fields: string[]): string {
  const labels = fields.map((field) => FIELD_LABEL[field] ?? '其他信息');
  return [...new Set(labels)].join('、');
}

export type VisitDueTone = 'overdue' | 'due' | 'later' | 'closed';

const DAY_MS = 86_400_000;

/**
 * The visit chip of a record: 逾期N天 (red) once a visit is a day or more past due, 今天应走访 when it is due,
 * else how many days are left (China days, as the API counts them).
 */
export function visitDue(
  record: Pick<CareRecordSummary, 'status' | 'overdueDays' | 'nextVisitDue'>,
  today: string = chinaDay(),
): { text: string; tone: VisitDueTone } {
  if (record.status === 'closed') return { text: '已结案', tone: 'closed' };
  if (record.overdueDays > 0) return { text: `逾期${record.overdueDays}天`, tone: 'overdue' };
  if (!record.nextVisitDue) return { text: '未排走访', tone: 'later' };
  const dueDay = chinaDay(Date.parse(record.nextVisitDue));
  const days = Math.round((Date.parse(`${dueDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days <= 0) return { text: '今天应走访', tone: 'due' };
  return { text: days === 1 ? '明天走访' : `${days}天后走访`, tone: 'later' };
}

// What the reader can do about it, rather than the API's terse message.
const CARE_COPY: Partial<Record<string, string>> = {
  [ErrorCode.CareRecordNotFound]: '台账记录不存在，或你无权查看',
  [ErrorCode.Forbidden]: '无权限：帮扶台账仅本网格网格员和帮扶专干可见',
};

/** Copy for a failed 帮扶台账 call, by error code (a conflict keeps the API's reason: 已结案, 已转为需求). */
export function careErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const copy = CARE_COPY[error.code];
    if (copy) return copy;
  }
  return errorMessage(error);
}

/** The screen was stale (closed meanwhile, or the follow-up already made): read the record again. */
export function isCareConflict(error: unknown): boolean {
  return isApiError(error) && error.code === ErrorCode.Conflict;
}
