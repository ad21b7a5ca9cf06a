import { mediationCase, session } from '../../../../test/mediation-fixtures';
import { caseActions } from './case-actions';

const keys = (c: ReturnType<typeof mediationCase>) => caseActions(c).map((a) => a.key);

describe('the action list of a case comes from `can` only', () => {
  it('offers nothing the API does not allow, whatever the viewer', () => {
    expect(caseActions(mediationCase({ viewerIs: 'staff', status: 'requested' }))).toEqual([]);
  });

  it('puts the next step first and 不予受理 / 撤回 last, marked as danger', () => {
    const actions = caseActions(mediationCase({}, { withdraw: true, decline: true, accept: true }));
    expect(actions).toEqual([
      { key: 'accept', label: '受理', danger: false },
      { key: 'decline', label: '不予受理', danger: true },
      { key: 'withdraw', label: '撤回申请', danger: true },
    ]);
  });

  it('names 指派 or 改派 and 安排 or 再约 from the case', () => {
    const fresh = mediationCase({}, { assign: true, schedule: true });
    expect(caseActions(fresh).map((a) => a.label)).toEqual(['指派调解员', '安排调解']);
    const running = mediationCase({ mediator: { id: 'm', name: '敖登' }, sessions: [session('s1')] }, fresh.can);
    expect(caseActions(running).map((a) => a.label)).toEqual(['改派调解员', '再约一次调解']);
  });

  it('keeps the workflow order for a mediator mid-case and for the requester after the outcome', () => {
    const can = { recordOutcome: true, recordSession: true, schedule: true };
    expect(keys(mediationCase({}, can))).toEqual(['schedule', 'recordSession', 'recordOutcome']);
    expect(keys(mediationCase({}, { rate: true }))).toEqual(['rate']);
    expect(keys(mediationCase({}, { closeRatingFollowUp: true, followUp: true }))).toEqual([
      'followUp',
      'closeRatingFollowUp',
    ]);
  });
});
