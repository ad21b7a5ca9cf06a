import { daysLabel, newWindow, windowLabel } from './route-model';

describe('我的顺路 model', () => {
  it('names days the way riders say them', () => {
    expect(daysLabel([])).toBe('每天');
    expect(daysLabel([5, 4, 3, 2, 1])).toBe('工作日');
    expect(daysLabel([6, 7])).toBe('周末');
    expect(daysLabel([3, 1])).toBe('周一、周三');
  });

  it('labels a window across midnight', () => {
    expect(windowLabel({ start: '22:00', end: '01:00', weekdays: [6, 7] })).toBe('22:00–次日01:00 · 周末');
    expect(windowLabel({ start: '14:00', end: '16:00', weekdays: [] })).toBe('14:00–16:00 · 每天');
  });

  it('adds a preset on the chosen days once', () => {
    const added = newWindow([], '14:00-16:00', 'workdays');
    expect(added).toEqual({ start: '14:00', end: '16:00', weekdays: [1, 2, 3, 4, 5] });
    expect(newWindow([added!], '14:00-16:00', 'workdays')).toBeNull();
    expect(newWindow([added!], '14:00-16:00', 'every')).not.toBeNull();
  });
});
