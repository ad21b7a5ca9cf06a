import { EventStatus } from '@tongxin/types';

import { CommunityEvent } from './event.entity';
import { isNoChange, seriesChange, sessionFields } from './series-change';

const at = (china: string) => new Date(`${china}:00+08:00`);

function session(index: number, day: string, extra: Partial<CommunityEvent> = {}): CommunityEvent {
  return Object.assign(new CommunityEvent(), {
    id: `s${index}`,
    title: '红石榴课堂',
    description: '书法',
    venue: '党群服务中心',
    startsAt: at(`${day}T15:00`),
    endsAt: at(`${day}T17:00`),
    capacity: 20,
    pointsReward: 10,
    status: EventStatus.Published,
    coverUrl: null,
    signupOpensAt: null,
    signupClosesAt: null,
    needsApproval: false,
    cancelDeadlineHours: 2,
    seriesIndex: index,
    ...extra,
  });
}

describe('编辑本场及以后', () => {
  const third = session(3, '2026-03-31');

  it('finds nothing to change when the form is sent back as it was', () => {
    const change = seriesChange(third, {
      title: '红石榴课堂',
      venue: '党群服务中心',
      capacity: 20,
      startsAt: third.startsAt.toISOString(),
      endsAt: third.endsAt.toISOString(),
    });
    expect(change !== 'bad_times' && isNoChange(change)).toBe(true);
  });

  it('moves later sessions as far as this one moved, so each keeps its weekday offset', () => {
    // Tuesday 15:00–17:00 → Wednesday 16:00–17:30.
    const change = seriesChange(third, {
      startsAt: at('2026-04-01T16:00').toISOString(),
      endsAt: at('2026-04-01T17:30').toISOString(),
      venue: '石榴籽家园',
    });
    if (change === 'bad_times') throw new Error(change);
    expect(change.same).toEqual({ venue: '石榴籽家园' });
    const later = session(5, '2026-04-14', { signupClosesAt: at('2026-04-14T12:00') });
    expect(sessionFields(later, change)).toEqual({
      venue: '石榴籽家园',
      startsAt: at('2026-04-15T16:00'),
      endsAt: at('2026-04-15T17:30'),
      signupClosesAt: at('2026-04-15T13:00'),
    });
  });

  it('gives each session the same lead for closing sign-up, and refuses an end before the start', () => {
    const change = seriesChange(third, { signupClosesAt: at('2026-03-30T15:00').toISOString() });
    if (change === 'bad_times') throw new Error(change);
    expect(sessionFields(session(4, '2026-04-07'), change)).toEqual({ signupClosesAt: at('2026-04-06T15:00') });
    expect(seriesChange(third, { endsAt: at('2026-03-31T14:00').toISOString() })).toBe('bad_times');
  });
});
