import { ApiError } from '@/services/api-error';

import { careErrorMessage, changedFieldsText, isCareConflict, visitDue } from './care-copy';

const TODAY = '2026-12-10';
// 10:00 China time on a day.
const at = (day: string) => `${day}T02:00:00.000Z`;

describe('the visit chip', () => {
  it('reads 逾期N天 once a visit is a day or more past due', () => {
    expect(visitDue({ status: 'active', overdueDays: 16, nextVisitDue: at('2026-11-24') }, TODAY)).toEqual({
      text: '逾期16天',
      tone: 'overdue',
    });
    expect(visitDue({ status: 'active', overdueDays: 1, nextVisitDue: at('2026-12-09') }, TODAY).text).toBe('逾期1天');
  });

  it('reads 今天应走访 when due today (or due hours ago, not yet a day)', () => {
    expect(visitDue({ status: 'active', overdueDays: 0, nextVisitDue: at(TODAY) }, TODAY)).toEqual({
      text: '今天应走访',
      tone: 'due',
    });
    expect(visitDue({ status: 'active', overdueDays: 0, nextVisitDue: at('2026-12-09') }, TODAY).tone).toBe('due');
  });

  it('counts China days to the next visit', () => {
    expect(visitDue({ status: 'active', overdueDays: 0, nextVisitDue: at('2026-12-11') }, TODAY).text).toBe('明天走访');
    expect(visitDue({ status: 'active', overdueDays: 0, nextVisitDue: at('2026-12-17') }, TODAY)).toEqual({
      text: '7天后走访',
      tone: 'later',
    });
    // 00:30 China time on the 11th is still the 10th in UTC: tomorrow, as China counts.
    expect(visitDue({ status: 'active', overdueDays: 0, nextVisitDue: '2026-12-10T16:30:00.000Z' }, TODAY).text).toBe(
      '明天走访',
    );
  });

  it('says 已结案 for a closed record, whatever its dates', () => {
    expect(visitDue({ status: 'closed', overdueDays: 30, nextVisitDue: at('2026-11-01') }, TODAY)).toEqual({
      text: '已结案',
      tone: 'closed',
    });
  });
});

describe('变更记录 copy', () => {
  it('names the fields that changed in Chinese, once each, never their values', () => {
    expect(changedFieldsText(['personName', 'phone', 'needs'])).toBe('姓名、电话、帮扶需求');
    expect(changedFieldsText(['futureField', 'anotherOne', 'reviewOn'])).toBe('其他信息、复核日期');
  });
});

describe('error copy', () => {
  it('says 无权限 to staff the register is kept from, and 不存在 for a record the API will not name', () => {
    expect(careErrorMessage(new ApiError('FORBIDDEN', 403, 'Forbidden'))).toMatch(/^无权限/);
    expect(careErrorMessage(new ApiError('CARE_RECORD_NOT_FOUND', 404, '台账记录不存在'))).toBe(
      '台账记录不存在，或你无权查看',
    );
    expect(careErrorMessage(new ApiError('CONFLICT', 409, '该走访已转为需求'))).toBe('该走访已转为需求');
    expect(isCareConflict(new ApiError('CONFLICT', 409, '记录已结案'))).toBe(true);
    expect(isCareConflict(new ApiError('VALIDATION_FAILED', 400, '请先在台账中填写楼栋'))).toBe(false);
  });
});
