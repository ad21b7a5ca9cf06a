import { promiseSlots } from './promise-slots';

// China time is UTC+8: 14:05 in China is 06:05Z.
const china = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`);

describe('稍后上门 times', () => {
  it('start a quarter of an hour out, on the half hour, and stop before the claim’s deadline', () => {
    const slots = promiseSlots(china('2026-12-05 14:05'), 2);
    expect(slots.map((s) => s.label)).toEqual(['14:30', '15:00', '15:30', '16:00']);
    expect(slots[0].value).toBe(china('2026-12-05 14:30').toISOString());
  });

  it('say 明天 past midnight', () => {
    const labels = promiseSlots(china('2026-12-05 23:20'), 1).map((s) => s.label);
    expect(labels).toEqual(['明天 00:00']);
  });

  it('are none when the deadline is too close, and at most sixteen', () => {
    expect(promiseSlots(china('2026-12-05 14:20'), 0.25)).toEqual([]);
    expect(promiseSlots(china('2026-12-05 08:00'), 48)).toHaveLength(16);
  });
});
