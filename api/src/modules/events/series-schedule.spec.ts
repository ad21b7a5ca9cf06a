import { chinaDay, isoWeekday, planWeekly } from './series-schedule';

const at = (china: string) => new Date(`${china}:00+08:00`);
const china = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('weekly series schedule (China time)', () => {
  it('numbers days and weekdays in China time', () => {
    // 2026-01-06 is a Tuesday; 23:30 on Monday the 5th in UTC is already Tuesday the 6th in China.
    expect(isoWeekday(chinaDay(at('2026-01-06T10:00')))).toBe(2);
    expect(isoWeekday(chinaDay(new Date('2026-01-05T23:30:00Z')))).toBe(2);
    expect(isoWeekday(chinaDay(new Date('2026-01-05T15:59:00Z')))).toBe(1);
    expect(isoWeekday(chinaDay(at('2026-01-11T12:00')))).toBe(7);
    expect(isoWeekday(chinaDay(at('2026-01-12T12:00')))).toBe(1);
  });

  it('makes every Tuesday at 15:00 for 12 weeks, across a month boundary', () => {
    const plan = planWeekly({
      startsAt: at('2026-03-17T15:00'),
      endsAt: at('2026-03-17T17:00'),
      weekdays: [2],
      count: 12,
      max: 52,
    });
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.sessions.map((s) => china(s.startsAt))).toEqual([
      '2026-03-17 15:00',
      '2026-03-24 15:00',
      '2026-03-31 15:00',
      '2026-04-07 15:00',
      '2026-04-14 15:00',
      '2026-04-21 15:00',
      '2026-04-28 15:00',
      '2026-05-05 15:00',
      '2026-05-12 15:00',
      '2026-05-19 15:00',
      '2026-05-26 15:00',
      '2026-06-02 15:00',
    ]);
    expect(plan.sessions.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('starts on the first chosen weekday from the given day, and keeps an early-morning time on its China day', () => {
    // A Monday, 07:30 in China (23:30 the day before in UTC): sessions on Tuesdays and Thursdays.
    const plan = planWeekly({
      startsAt: at('2026-04-27T07:30'),
      endsAt: at('2026-04-27T09:00'),
      weekdays: [4, 2],
      count: 4,
      max: 52,
    });
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.sessions.map((s) => china(s.startsAt))).toEqual([
      '2026-04-28 07:30',
      '2026-04-30 07:30',
      '2026-05-05 07:30',
      '2026-05-07 07:30',
    ]);
  });

  it('stops at the last day, inclusive', () => {
    const plan = planWeekly({
      startsAt: at('2026-01-27T15:00'),
      endsAt: at('2026-01-27T16:00'),
      weekdays: [2],
      until: '2026-02-17',
      max: 52,
    });
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.sessions.map((s) => china(s.startsAt))).toEqual([
      '2026-01-27 15:00',
      '2026-02-03 15:00',
      '2026-02-10 15:00',
      '2026-02-17 15:00',
    ]);
  });

  it('refuses a rule with no session or too many', () => {
    const base = { startsAt: at('2026-01-27T15:00'), endsAt: at('2026-01-27T16:00'), max: 52 };
    expect(planWeekly({ ...base, weekdays: [2], until: '2026-01-26' })).toEqual({ error: 'empty' });
    expect(planWeekly({ ...base, weekdays: [1, 2], until: '2027-12-31' })).toEqual({ error: 'too_many' });
    expect(planWeekly({ ...base, weekdays: [2], count: 53 })).toEqual({ error: 'too_many' });
    const year = planWeekly({ ...base, weekdays: [2], count: 52 });
    expect('sessions' in year && year.sessions.length).toBe(52);
  });
});
