import { ErrorCode } from '@tongxin/types';

import { chinaDay, resolvePeriod, splitSpan, trendBuckets, weekStart } from './figure-periods';

const NOW = new Date('2026-12-05T18:00:00Z'); // 2026-12-06 02:00 in China

describe('figure periods', () => {
  it('reads days in China time', () => {
    expect(chinaDay(NOW)).toBe('2026-12-06');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });

  it('resolves calendar periods around a day, and custom spans', () => {
    expect(resolvePeriod({ period: 'month' }, NOW)).toEqual({
      kind: 'month',
      from: '2026-12-01',
      to: '2026-12-31',
      label: '2026年12月',
    });
    expect(resolvePeriod({ period: 'quarter', date: '2026-02-14' }, NOW)).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      label: '2026年第1季度',
    });
    expect(resolvePeriod({ period: 'month', date: '2028-02-10' }, NOW).to).toBe('2028-02-29');
    expect(resolvePeriod({ period: 'week', date: '2026-12-31' }, NOW)).toMatchObject({
      from: '2026-12-28',
      to: '2027-01-03',
    });
    expect(resolvePeriod({ period: 'year', date: '2026-07-01' }, NOW)).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(resolvePeriod({ period: 'custom', from: '2026-11-15', to: '2026-12-05' }, NOW).label).toBe(
      '2026-11-15 至 2026-12-05',
    );
  });

  it.each([
    [{ period: 'custom' as const }],
    [{ period: 'custom' as const, from: '2026-12-05', to: '2026-12-01' }],
    [{ period: 'custom' as const, from: '2025-01-01', to: '2026-01-02' }],
    [{ period: 'month' as const, date: '2026-02-30' }],
  ])('refuses %j', (query) => {
    expect(() => resolvePeriod(query, NOW)).toThrow(expect.objectContaining({ code: ErrorCode.PeriodInvalid }));
  });

  it('reads whole months from month rows and the ends from day rows', () => {
    expect(splitSpan('2026-01-01', '2026-12-31')).toEqual({
      months: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`),
      days: [],
    });
    const split = splitSpan('2026-10-30', '2026-12-02');
    expect(split.months).toEqual(['2026-11-01']);
    expect(split.days).toEqual(['2026-10-30', '2026-10-31', '2026-12-01', '2026-12-02']);
  });

  it('buckets a trend by day, by week or by month', () => {
    expect(trendBuckets('2026-12-01', '2026-12-31').starts).toHaveLength(31);
    const quarter = trendBuckets('2026-10-01', '2026-12-31');
    expect(quarter.starts[0]).toBe('2026-10-01');
    expect(quarter.of('2026-10-07')).toBe('2026-10-05');
    expect(quarter.of('2026-10-02')).toBe('2026-10-01');
    const year = trendBuckets('2026-01-01', '2026-12-31');
    expect(year.labels).toHaveLength(12);
    expect(year.of('2026-07-19')).toBe('2026-07-01');
  });
});
