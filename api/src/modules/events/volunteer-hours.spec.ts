import { checkoutTime, eventMinutes, hoursOf, serviceMinutes, volunteerPoints } from './volunteer-hours';

const start = new Date('2026-03-05T01:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(start.getTime() + minutes * 60_000 + seconds * 1000);
const event = { startsAt: start, endsAt: at(180) };

describe('volunteer hours arithmetic', () => {
  it('counts out − in in whole minutes', () => {
    expect(serviceMinutes({ checkedInAt: at(5), checkedOutAt: at(100), event })).toBe(95);
    expect(serviceMinutes({ checkedInAt: at(5), checkedOutAt: at(100, 59), event })).toBe(95);
    expect(serviceMinutes({ checkedInAt: at(5, 30), checkedOutAt: at(100), event })).toBe(94);
  });

  it('caps the time at the event’s length, however early they came or late they left', () => {
    expect(serviceMinutes({ checkedInAt: at(-90), checkedOutAt: at(240), event })).toBe(180);
    expect(serviceMinutes({ checkedInAt: at(0), checkedOutAt: at(180), event })).toBe(180);
    expect(serviceMinutes({ checkedInAt: at(0), checkedOutAt: at(181), event })).toBe(180);
  });

  it('never counts a negative time', () => {
    expect(serviceMinutes({ checkedInAt: at(60), checkedOutAt: at(30), event })).toBe(0);
    expect(serviceMinutes({ checkedInAt: at(60), checkedOutAt: at(60), event })).toBe(0);
    expect(eventMinutes({ startsAt: at(10), endsAt: at(0) })).toBe(0);
  });

  it('takes a device clock running ahead as now, a slow one as it is', () => {
    const now = at(60);
    expect(checkoutTime(at(90), now)).toEqual(now);
    expect(checkoutTime(at(64), now)).toEqual(at(64));
    expect(checkoutTime(at(30), now)).toEqual(at(30));
  });

  it('pays whole points per hour, rounded down', () => {
    expect(volunteerPoints(95, 5)).toBe(7);
    expect(volunteerPoints(120, 5)).toBe(10);
    expect(volunteerPoints(11, 5)).toBe(0);
    expect(volunteerPoints(12, 5)).toBe(1);
    expect(volunteerPoints(0, 5)).toBe(0);
    expect(volunteerPoints(60, 0)).toBe(0);
  });

  it('shows hours to one decimal', () => {
    expect(hoursOf(95)).toBe(1.6);
    expect(hoursOf(180)).toBe(3);
    expect(hoursOf(0)).toBe(0);
    expect(hoursOf(2)).toBe(0);
    expect(hoursOf(3)).toBe(0.1);
  });
});
