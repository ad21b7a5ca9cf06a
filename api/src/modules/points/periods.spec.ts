import { dayKey, monthKey } from './periods';

describe('periods', () => {
  it('uses the China calendar day and month', () => {
    expect(dayKey(new Date('2026-11-30T15:59:00Z'))).toBe('D2026-11-30');
    expect(dayKey(new Date('2026-11-30T16:00:00Z'))).toBe('D2026-12-01');
    expect(monthKey(new Date('2026-11-30T16:00:00Z'))).toBe('M2026-12');
  });
});
