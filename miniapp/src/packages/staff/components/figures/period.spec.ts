import {
  chooseKind,
  customPeriodProblem,
  figuresQueryOf,
  hasNextPeriod,
  initialPeriod,
  periodFromParams,
  periodLabel,
  periodRange,
  shiftPeriod,
} from './period';

const on = (kind: 'week' | 'month' | 'quarter' | 'year', date: string) => ({ kind, date, from: '', to: '' });

describe('figure periods', () => {
  it('find the calendar period holding a day: weeks from Monday, months, quarters, years', () => {
    // 2026-12-06 is a Sunday: its week began on Monday 11-30.
    expect(periodRange('week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodRange('week', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodRange('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('month', '2028-02-14')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('quarter', '2026-11-05')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('year', '2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('step to the previous and next period, across month, quarter and year ends', () => {
    expect(shiftPeriod('week', '2026-12-03', -1)).toBe('2026-11-23');
    expect(shiftPeriod('week', '2026-12-31', 1)).toBe('2027-01-04');
    // From the 31st, the month before is February, not a day in March.
    expect(shiftPeriod('month', '2026-03-31', -1)).toBe('2026-02-01');
    expect(shiftPeriod('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(shiftPeriod('quarter', '2026-02-10', -1)).toBe('2025-10-01');
    expect(shiftPeriod('year', '2026-12-05', -1)).toBe('2025-01-01');
  });

  it('offer no next period that has not begun', () => {
    expect(hasNextPeriod('month', '2026-12-05', '2026-12-05')).toBe(false);
    expect(hasNextPeriod('month', '2026-11-01', '2026-12-05')).toBe(true);
    expect(hasNextPeriod('week', '2026-11-29', '2026-11-30')).toBe(true);
    expect(hasNextPeriod('year', '2025-06-01', '2026-12-05')).toBe(true);
  });

  it('label periods as the API does', () => {
    expect(periodLabel(on('month', '2026-12-05'))).toBe('2026年12月');
    expect(periodLabel(on('quarter', '2026-12-05'))).toBe('2026年第4季度');
    expect(periodLabel(on('year', '2026-12-05'))).toBe('2026年');
    expect(periodLabel(on('week', '2026-12-05'))).toBe('2026-11-30 至 2026-12-06');
    expect(periodLabel({ kind: 'custom', date: '', from: '2026-09-01', to: '2026-11-15' })).toBe(
      '2026-09-01 至 2026-11-15',
    );
  });

  it('check a custom period as the API would before asking', () => {
    expect(customPeriodProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(customPeriodProblem('2026-12-05', '2026-12-05')).toBeNull();
    expect(customPeriodProblem('2026-12-05', '2026-12-01')).toBe('结束日期不能早于开始日期');
    // Both days count: a leap year is 366 days, one day more is too long.
    expect(customPeriodProblem('2028-01-01', '2028-12-31')).toBeNull();
    expect(customPeriodProblem('2026-01-01', '2027-01-02')).toBe('自定义时段最长 366 天');
    expect(customPeriodProblem('', '2026-12-01')).toBe('请选择开始和结束日期');
  });

  it('ask for calendar periods by a day in them and custom ones by their days', () => {
    const start = initialPeriod('2026-12-05');
    expect(start).toEqual({ kind: 'month', date: '2026-12-05', from: '2026-12-01', to: '2026-12-05' });
    expect(figuresQueryOf('street-1', start)).toEqual({ placeId: 'street-1', period: 'month', date: '2026-12-05' });
    const custom = chooseKind(start, 'custom', '2026-12-05');
    expect(figuresQueryOf('street-1', custom)).toEqual({
      placeId: 'street-1',
      period: 'custom',
      from: '2026-12-01',
      to: '2026-12-05',
    });
    // A kind's chip goes back to the current period.
    expect(chooseKind({ ...start, date: '2026-03-01' }, 'year', '2026-12-05').date).toBe('2026-12-05');
  });

  it('read a period from a link, keeping the fallback for what is missing or malformed', () => {
    const fallback = initialPeriod('2026-12-05');
    expect(periodFromParams({ period: 'quarter', date: '2026-05-01' }, fallback)).toEqual({
      ...fallback,
      kind: 'quarter',
      date: '2026-05-01',
    });
    expect(periodFromParams({ period: 'decade', date: 'yesterday' }, fallback)).toEqual(fallback);
  });
});
