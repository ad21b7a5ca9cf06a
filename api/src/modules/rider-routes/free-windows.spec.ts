import {
  clockMinutes,
  type FreeWindowRule,
  fromWeekdayMask,
  minutesClock,
  toWeekdayMask,
  upcomingFree,
  usableFrom,
} from './free-windows';

/** A China wall-clock time as an instant: `china('2026-12-07 15:00')` is 07:00Z. */
const china = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`);
const rule = (start: string, end: string, weekdays: number[] = []): FreeWindowRule => ({
  startMinute: clockMinutes(start),
  endMinute: clockMinutes(end),
  weekdays: toWeekdayMask(weekdays as never),
});

// 2026-12-07 is a Monday.
describe('free windows', () => {
  it('keeps weekdays as a mask, every day as 0', () => {
    expect(toWeekdayMask([1, 3])).toBe(0b101);
    expect(fromWeekdayMask(0b101)).toEqual([1, 3]);
    expect(toWeekdayMask([])).toBe(0);
    expect(toWeekdayMask([1, 2, 3, 4, 5, 6, 7])).toBe(0);
  });

  it('reads and writes clocks', () => {
    expect(clockMinutes('14:05')).toBe(845);
    expect(minutesClock(845)).toBe('14:05');
  });

  it('lists the intervals to come in China time, the one under way clipped to now', () => {
    const now = china('2026-12-07 15:00');
    const [first, second] = upcomingFree([rule('14:00', '16:00')], now);
    expect(first).toEqual({ start: now, end: china('2026-12-07 16:00') });
    expect(second).toEqual({ start: china('2026-12-08 14:00'), end: china('2026-12-08 16:00') });
  });

  it('takes a window across midnight from the day it starts on', () => {
    // Sunday 22:00–01:00 is still open at 00:30 on Monday.
    const [open] = upcomingFree([rule('22:00', '01:00', [7])], china('2026-12-07 00:30'));
    expect(open).toEqual({ start: china('2026-12-07 00:30'), end: china('2026-12-07 01:00') });
  });

  it('skips the days a window is not on', () => {
    const [next] = upcomingFree([rule('09:00', '10:00', [3])], china('2026-12-07 12:00'));
    expect(next.start).toEqual(china('2026-12-09 09:00'));
  });

  describe('usable from', () => {
    it('is half an hour into the window under way', () => {
      expect(usableFrom([rule('14:00', '16:00')], china('2026-12-07 15:00'), 30)).toEqual(china('2026-12-07 15:30'));
    });

    it('passes over a window with too little left, to the next one', () => {
      expect(usableFrom([rule('14:00', '16:00')], china('2026-12-07 15:50'), 30)).toEqual(china('2026-12-08 14:30'));
    });

    it('takes a short window whole', () => {
      expect(usableFrom([rule('12:00', '12:20')], china('2026-12-07 08:00'), 30)).toEqual(china('2026-12-07 12:20'));
    });

    it('takes the soonest of several windows', () => {
      const rules = [rule('20:00', '22:00'), rule('18:00', '19:00', [2])];
      expect(usableFrom(rules, china('2026-12-07 19:00'), 30)).toEqual(china('2026-12-07 20:30'));
      expect(usableFrom(rules, china('2026-12-08 08:00'), 30)).toEqual(china('2026-12-08 18:30'));
    });

    it('is null without windows', () => {
      expect(usableFrom([], china('2026-12-07 08:00'), 30)).toBeNull();
    });
  });
});
