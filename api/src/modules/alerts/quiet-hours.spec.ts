import { chinaMinutes, inQuietHours, toClock, toMinutes } from './quiet-hours';

const night = { quietStart: toMinutes('22:00'), quietEnd: toMinutes('07:00') };

describe('quiet hours', () => {
  it('reads China time from UTC', () => {
    expect(chinaMinutes(new Date('2026-12-05T14:30:00Z'))).toBe(toMinutes('22:30'));
    expect(chinaMinutes(new Date('2026-12-05T16:00:00Z'))).toBe(0);
  });

  it('crosses midnight', () => {
    expect(inQuietHours(night, new Date('2026-12-05T14:00:00Z'))).toBe(true); // 22:00
    expect(inQuietHours(night, new Date('2026-12-05T20:00:00Z'))).toBe(true); // 04:00
    expect(inQuietHours(night, new Date('2026-12-05T23:00:00Z'))).toBe(false); // 07:00
    expect(inQuietHours(night, new Date('2026-12-05T06:00:00Z'))).toBe(false); // 14:00
  });

  it('holds within a day', () => {
    const noon = { quietStart: toMinutes('12:00'), quietEnd: toMinutes('14:00') };
    expect(inQuietHours(noon, new Date('2026-12-05T04:30:00Z'))).toBe(true); // 12:30
    expect(inQuietHours(noon, new Date('2026-12-05T06:00:00Z'))).toBe(false); // 14:00
  });

  it('is never quiet without a window', () => {
    expect(inQuietHours({ quietStart: null, quietEnd: null }, new Date())).toBe(false);
    expect(inQuietHours({ quietStart: 60, quietEnd: 60 }, new Date())).toBe(false);
  });

  it('round-trips clocks', () => {
    expect(toClock(toMinutes('07:05'))).toBe('07:05');
  });
});
