import type { ResultsMonth } from '@tongxin/types';

import { isCurrentWeekOrLater, mondayOf, monthBars, monthLabel, shiftWeek, weekRangeText } from './dates';

function month(value: string, problemsFixed: number, needsServed: number): ResultsMonth {
  return { month: value, problemsFixed, needsServed, eventsHeld: 0, attendance: 0, volunteerHours: 0 };
}

describe('week arithmetic', () => {
  it('finds the Monday of a week, Sunday belonging to the week before it', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30'); // Wednesday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // Monday itself
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('steps a week back and forward across months and years', () => {
    expect(shiftWeek('2026-12-02', -1)).toBe('2026-11-23');
    expect(shiftWeek('2026-12-02', 1)).toBe('2026-12-07');
    expect(shiftWeek('2027-01-01', -1)).toBe('2026-12-21');
    expect(shiftWeek('2026-12-31', 1)).toBe('2027-01-04');
    expect(shiftWeek('2028-02-28', 1)).toBe('2028-03-06'); // 2028 has a 29 February
    expect(shiftWeek('2027-03-01', -1)).toBe('2027-02-22');
  });

  it('spells a week out for the share card, with the year again only across new year', () => {
    expect(weekRangeText('2026-11-30', '2026-12-06')).toBe('2026年11月30日—12月6日');
    expect(weekRangeText('2026-12-28', '2027-01-03')).toBe('2026年12月28日—2027年1月3日');
  });

  it('offers no next week from the current week', () => {
    expect(isCurrentWeekOrLater('2026-12-06', '2026-12-02')).toBe(true);
    expect(isCurrentWeekOrLater('2026-11-29', '2026-12-02')).toBe(false);
    expect(isCurrentWeekOrLater('2026-12-09', '2026-12-02')).toBe(true);
  });
});

describe('month labels', () => {
  it('names this year’s months by number and sets an earlier year apart', () => {
    expect(monthLabel('2026-05', 2026)).toEqual({ label: '5月', year: null });
    expect(monthLabel('2025-12', 2026)).toEqual({ label: '12月', year: '2025' });
  });

  it('draws the newest-first months oldest on the left, against the busiest month', () => {
    const bars = monthBars(
      [month('2027-02', 3, 1), month('2027-01', 0, 0), month('2026-12', 6, 2), month('2026-11', 2, 0)],
      '2027-02-10',
    );
    expect(bars.map((bar) => [bar.label, bar.year, bar.done, bar.percent])).toEqual([
      ['11月', '2026', 2, 25],
      ['12月', '2026', 8, 100],
      ['1月', null, 0, 0],
      ['2月', null, 4, 50],
    ]);
  });

  it('keeps every bar flat when nothing was done', () => {
    expect(monthBars([month('2026-11', 0, 0)], '2026-11-02')[0].percent).toBe(0);
  });
});
