import { mediationCase, session } from '../../../../test/mediation-fixtures';
import { caseSteps } from './case-steps';

const brief = (c: ReturnType<typeof mediationCase>) => caseSteps(c).map((s) => `${s.label}:${s.state}`);

describe('the status timeline of a case', () => {
  it('a new request waits for 受理 by its deadline (China time)', () => {
    const steps = caseSteps(mediationCase());
    expect(steps.map((s) => `${s.label}:${s.state}`)).toEqual([
      '提交申请:done',
      '受理:current',
      '调解:todo',
      '结案:todo',
    ]);
    expect(steps[1].note).toBe('应于 2026年11月25日 18:00 前受理');
  });

  it('an accepted case names its mediator and the first-session deadline', () => {
    const steps = caseSteps(
      mediationCase({
        status: 'accepted',
        source: 'walk_in',
        mediator: { id: 'm1', name: '敖登' },
        firstSessionDueAt: '2026-11-28T01:00:00.000Z',
      }),
    );
    expect(steps.map((s) => s.label)).toEqual(['来访登记', '已受理', '调解', '结案']);
    expect(steps[1].note).toBe('调解员：敖登');
    expect(steps[2]).toMatchObject({ state: 'current', note: '应于 2026年11月28日 09:00 前安排首次调解' });
  });

  it('counts sessions while in mediation', () => {
    const c = mediationCase({
      status: 'in_mediation',
      mediator: { id: 'm1', name: '敖登' },
      sessions: [session('s1', { status: 'held' }), session('s2')],
    });
    expect(caseSteps(c)[2].note).toBe('已约 2 次，已进行 1 次');
  });

  it('a resolved agreement shows the outcome, the follow-up due and the rating to come', () => {
    const c = mediationCase({
      status: 'resolved',
      mediator: { id: 'm1', name: '敖登' },
      sessions: [session('s1', { status: 'held' })],
      outcome: 'agreed',
      resolvedAt: '2026-11-27T12:00:00.000Z',
      followUpDueAt: '2026-12-27T12:00:00.000Z',
    });
    expect(brief(c)).toEqual([
      '提交申请:done',
      '已受理:done',
      '调解:done',
      '结案：达成协议:done',
      '回访:todo',
      '服务评价:todo',
    ]);
    expect(caseSteps(c)[4].note).toBe('计划于 2026年12月27日 回访');
  });

  it('a held follow-up and a rating are done, with their words', () => {
    const c = mediationCase({
      status: 'resolved',
      outcome: 'partial',
      followUp: { held: false, note: '噪音又出现了', at: '2026-12-28T02:00:00.000Z' },
      rating: 4,
      ratingComment: '调解员很耐心',
    });
    const steps = caseSteps(c);
    expect(steps.at(-2)).toMatchObject({ label: '回访', state: 'done', note: '协议未履行：噪音又出现了' });
    expect(steps.at(-1)).toMatchObject({ state: 'done', note: '★★★★☆ 调解员很耐心' });
  });

  it('a failed mediation has no follow-up and names the referral', () => {
    const c = mediationCase({ status: 'resolved', outcome: 'failed', referral: '人民法院' });
    const steps = caseSteps(c);
    expect(steps.map((s) => s.key)).not.toContain('followUp');
    expect(steps.find((s) => s.key === 'resolved')).toMatchObject({
      label: '结案：未达成',
      note: '已引导至：人民法院',
    });
  });

  it('a declined case stops with its reason, and may still be rated', () => {
    const c = mediationCase({ status: 'declined', declineReason: '已引导至司法所' });
    expect(brief(c)).toEqual(['提交申请:done', '不予受理:stopped', '服务评价:todo']);
    expect(caseSteps(c)[1].note).toBe('已引导至司法所');
  });

  it('a withdrawn case keeps what happened before and stops', () => {
    expect(brief(mediationCase({ status: 'withdrawn' }))).toEqual(['提交申请:done', '已撤回:stopped']);
    const later = mediationCase({
      status: 'withdrawn',
      mediator: { id: 'm1', name: '敖登' },
      sessions: [session('s1')],
    });
    expect(brief(later)).toEqual(['提交申请:done', '已受理:done', '调解:done', '已撤回:stopped']);
  });
});
