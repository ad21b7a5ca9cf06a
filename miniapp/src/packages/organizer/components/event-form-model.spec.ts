import type { EventView } from '@tongxin/types';

import {
  checkinWindowText,
  emptyForm,
  type EventFormValues,
  formFromEvent,
  seriesSummary,
  toEventBody,
  toSeriesBody,
  weekdayOf,
} from './event-form-model';

const filled: EventFormValues = {
  ...emptyForm(Date.parse('2026-11-20T00:00:00Z')),
  title: '红石榴课堂',
  venue: '党群服务中心',
  description: '民族团结故事会',
  date: '2026-11-28',
  startTime: '14:00',
  endTime: '16:00',
};

describe('event form model', () => {
  it('sends the sign-up window, cancel deadline and cover in China time', () => {
    const parsed = toEventBody({
      ...filled,
      coverUrl: 'https://img.example.cn/cover.jpg',
      signupOpens: '2026-11-21 09:00',
      signupCloses: '2026-11-28 12:00',
      cancelDeadlineHours: '24',
    });
    expect(parsed).toEqual({
      body: expect.objectContaining({
        startsAt: '2026-11-28T06:00:00.000Z',
        endsAt: '2026-11-28T08:00:00.000Z',
        coverUrl: 'https://img.example.cn/cover.jpg',
        signupOpensAt: '2026-11-21T01:00:00.000Z',
        signupClosesAt: '2026-11-28T04:00:00.000Z',
        cancelDeadlineHours: 24,
      }),
    });
  });

  it('leaves the optional fields out when they are empty', () => {
    const parsed = toEventBody(filled);
    if (!('body' in parsed)) throw new Error(parsed.error);
    expect(parsed.body).not.toHaveProperty('coverUrl');
    expect(parsed.body).not.toHaveProperty('signupOpensAt');
    expect(parsed.body).not.toHaveProperty('signupClosesAt');
    expect(parsed.body.cancelDeadlineHours).toBe(2);
  });

  it.each([
    [{ signupOpens: '11-21 09:00' }, '报名时间格式：2026-11-28 09:00'],
    [{ signupOpens: '2026-11-25 09:00', signupCloses: '2026-11-24 09:00' }, '报名截止应晚于报名开始'],
    [{ signupCloses: '2026-11-28 15:00' }, '报名截止不能晚于活动开始'],
    [{ cancelDeadlineHours: '200' }, '取消截止请填 0–168 小时'],
    [{ coverUrl: 'http://img.example.cn/a.jpg' }, '封面图片地址需以 https:// 开头'],
  ])('refuses %j', (patch, error) => {
    expect(toEventBody({ ...filled, ...patch })).toEqual({ error });
  });

  it('shows the check-in window: the window before the start to as long after the end', () => {
    expect(checkinWindowText(filled, 120)).toBe('2026-11-28 12:00 – 18:00');
    expect(checkinWindowText({ ...filled, startTime: '22:00', endTime: '23:30' }, 60)).toBe(
      '2026-11-28 21:00 – 2026-11-29 00:30',
    );
    expect(checkinWindowText({ ...filled, date: '28/11' }, 120)).toBeNull();
  });

  it('reads an event back into the same fields', () => {
    const event = {
      title: '红石榴课堂',
      type: 'class',
      venue: '党群服务中心',
      description: '民族团结故事会',
      startsAt: '2026-11-28T06:00:00.000Z',
      endsAt: '2026-11-28T08:00:00.000Z',
      capacity: 30,
      pointsReward: 10,
      needsApproval: true,
      coverUrl: null,
      signupOpensAt: '2026-11-21T01:00:00.000Z',
      signupClosesAt: null,
      cancelDeadlineHours: 24,
    } as EventView;
    expect(formFromEvent(event)).toMatchObject({
      date: '2026-11-28',
      startTime: '14:00',
      coverUrl: '',
      signupOpens: '2026-11-21 09:00',
      signupCloses: '',
      cancelDeadlineHours: '24',
    });
  });

  it('sends 每周 as a series: the first session, the weekdays in order and the number of sessions', () => {
    // 2026-11-28 is a Saturday.
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('28/11')).toBeNull();
    const weekly: EventFormValues = { ...filled, repeat: 'weekly', weekdays: [6, 2], sessionCount: '12' };
    expect(seriesSummary(weekly)).toBe('每周二、周六 14:00–16:00，共 12 场，2026-11-28 起');
    expect(toSeriesBody(weekly)).toEqual({
      body: expect.objectContaining({
        startsAt: '2026-11-28T06:00:00.000Z',
        endsAt: '2026-11-28T08:00:00.000Z',
        recurrence: { weekdays: [2, 6], count: 12 },
      }),
    });
    expect(toSeriesBody({ ...weekly, weekdays: [] })).toEqual({ error: '请选择每周哪几天' });
    expect(toSeriesBody({ ...weekly, sessionCount: '53' })).toEqual({ error: '场次请填 2–52' });
    expect(toSeriesBody({ ...weekly, title: '' })).toEqual({ error: '请填写活动名称（至少 2 个字）' });
    expect(seriesSummary(filled)).toBeNull();
  });
});
