import { chinaInstant, defaultSessionTime, sessionTimeError } from './session-time';

// 2026-11-22 23:30 in China.
const NOW = Date.parse('2026-11-22T15:30:00.000Z');

describe('session time', () => {
  it('reads the picked date and time as China time', () => {
    expect(chinaInstant('2026-11-26', '19:00')).toBe('2026-11-26T11:00:00.000Z');
    expect(chinaInstant('2026-11-26', '')).toBeNull();
    expect(chinaInstant('', '19:00')).toBeNull();
  });

  it('starts at 09:00 on the China day after today', () => {
    expect(defaultSessionTime(NOW)).toEqual({ date: '2026-11-23', time: '09:00' });
  });

  it('refuses an empty or past time', () => {
    expect(sessionTimeError('', '09:00', NOW)).toBe('请选择调解的日期和时间');
    expect(sessionTimeError('2026-11-22', '23:00', NOW)).toBe('这个时间已经过去了，请选择之后的时间');
    expect(sessionTimeError('2026-11-22', '23:45', NOW)).toBeNull();
  });
});
