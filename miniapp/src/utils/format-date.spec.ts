import { formatEventTime } from './format-date';

describe('formatEventTime', () => {
  it('shows a same-day event in China time with the weekday', () => {
    // 06:00Z is 14:00 in Beijing, Saturday 28 November 2026.
    expect(formatEventTime('2026-11-28T06:00:00.000Z', '2026-11-28T08:30:00.000Z')).toBe('11月28日 周六 14:00–16:30');
  });

  it('uses the China date when UTC is still the day before', () => {
    expect(formatEventTime('2026-11-27T23:30:00.000Z', '2026-11-28T01:00:00.000Z')).toBe('11月28日 周六 07:30–09:00');
  });

  it('spells out both days for an event that spans days', () => {
    expect(formatEventTime('2026-12-01T01:00:00.000Z', '2026-12-02T09:00:00.000Z')).toBe(
      '12月1日 09:00 至 12月2日 17:00',
    );
  });
});
