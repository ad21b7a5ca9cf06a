import { MediationOutcome, MediationStatus } from '@tongxin/types';

import { type CaseState, mediationActions } from './mediation-states';

const NOW = new Date('2026-12-06T10:00:00Z');
const base: CaseState = {
  status: MediationStatus.Requested,
  mediatorId: null,
  outcome: null,
  followUpDueAt: null,
  followUpAt: null,
  rating: null,
  ratingFollowUp: null,
  scheduledSessions: 0,
  heldSessions: 0,
};
const allowed = (viewer: Parameters<typeof mediationActions>[0], state: Partial<CaseState>) =>
  Object.entries(mediationActions(viewer, { ...base, ...state }, NOW))
    .filter(([, yes]) => yes)
    .map(([action]) => action);

describe('mediation actions', () => {
  it('lets only staff accept or decline a request, and only the requester withdraw it', () => {
    expect(allowed('staff', {})).toEqual(['accept', 'decline']);
    expect(allowed('requester', {})).toEqual(['withdraw']);
    expect(allowed('other_party', {})).toEqual([]);
    expect(allowed('mediator', {})).toEqual([]);
  });

  it('schedules once a mediator is assigned, records sessions once scheduled, an outcome once one was held', () => {
    expect(allowed('staff', { status: MediationStatus.Accepted })).toEqual(['assign']);
    expect(allowed('mediator', { status: MediationStatus.Accepted, mediatorId: 'm' })).toEqual(['schedule']);
    const scheduled = { status: MediationStatus.InMediation, mediatorId: 'm', scheduledSessions: 1 };
    expect(allowed('mediator', scheduled)).toEqual(['schedule', 'recordSession']);
    expect(allowed('mediator', { ...scheduled, heldSessions: 1 })).toEqual([
      'schedule',
      'recordSession',
      'recordOutcome',
    ]);
    expect(allowed('requester', scheduled)).toEqual(['withdraw']);
  });

  it('follows an agreement up once due, and lets the requester rate a closed case once', () => {
    const resolved = {
      status: MediationStatus.Resolved,
      mediatorId: 'm',
      outcome: MediationOutcome.Agreed,
      followUpDueAt: new Date(NOW.getTime() + 1000),
    };
    expect(allowed('mediator', resolved)).toEqual([]);
    expect(allowed('mediator', { ...resolved, followUpDueAt: NOW })).toEqual(['followUp']);
    expect(allowed('mediator', { ...resolved, followUpDueAt: NOW, outcome: MediationOutcome.Failed })).toEqual([]);
    expect(allowed('requester', resolved)).toEqual(['rate']);
    expect(allowed('requester', { ...resolved, rating: 4 })).toEqual([]);
    expect(allowed('requester', { status: MediationStatus.Declined })).toEqual(['rate']);
    expect(allowed('staff', { ...resolved, rating: 1, ratingFollowUp: 'open' })).toEqual(['closeRatingFollowUp']);
  });
});
