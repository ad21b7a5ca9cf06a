import {
  MEDIATION_OUTCOME_LABEL,
  type MediationCaseView,
  MediationOutcome,
  MediationSource,
  MediationStatus,
} from '@tongxin/types';

import { formatDate, formatDateTime } from '@/utils/format-date';

export interface CaseStep {
  key: 'asked' | 'accepted' | 'declined' | 'mediation' | 'resolved' | 'withdrawn' | 'followUp' | 'rating';
  label: string;
  /** stopped: where a declined or withdrawn case ended. */
  state: 'done' | 'current' | 'todo' | 'stopped';
  at: string | null;
  note: string | null;
}

const ASKED_LABEL: Record<MediationSource, string> = {
  [MediationSource.App]: '提交申请',
  [MediationSource.WalkIn]: '来访登记',
  [MediationSource.Phone]: '电话登记',
};

const stars = (n: number) => `${'★'.repeat(n)}${'☆'.repeat(5 - n)}`;

function ratingStep(c: MediationCaseView): CaseStep {
  if (c.rating === null) return { key: 'rating', label: '服务评价', state: 'todo', at: null, note: '等待申请人评价' };
  const note = [stars(c.rating), c.ratingComment].filter(Boolean).join(' ');
  return { key: 'rating', label: '服务评价', state: 'done', at: null, note };
}

function acceptedStep(c: MediationCaseView): CaseStep | null {
  if (c.status === MediationStatus.Requested) {
    const note = c.acceptDueAt ? `应于 ${formatDateTime(c.acceptDueAt)} 前受理` : '等待工作室受理';
    return { key: 'accepted', label: '受理', state: 'current', at: null, note };
  }
  // A withdrawn case shows it was accepted only when something after acceptance happened.
  if (c.status === MediationStatus.Withdrawn && !c.mediator && c.sessions.length === 0) return null;
  const note = c.mediator ? `调解员：${c.mediator.name}` : '待指派调解员';
  return { key: 'accepted', label: '已受理', state: 'done', at: null, note };
}

function mediationStep(c: MediationCaseView): CaseStep | null {
  const held = c.sessions.filter((s) => s.status === 'held').length;
  const live = c.status === MediationStatus.Accepted || c.status === MediationStatus.InMediation;
  let note: string | null = c.sessions.length > 0 ? `已约 ${c.sessions.length} 次，已进行 ${held} 次` : null;
  if (c.status === MediationStatus.Accepted && c.sessions.length === 0 && c.firstSessionDueAt) {
    note = `应于 ${formatDateTime(c.firstSessionDueAt)} 前安排首次调解`;
  }
  if (c.status === MediationStatus.Resolved) return { key: 'mediation', label: '调解', state: 'done', at: null, note };
  if (live) return { key: 'mediation', label: '调解', state: 'current', at: null, note };
  if (c.status === MediationStatus.Requested) return { key: 'mediation', label: '调解', state: 'todo', at: null, note };
  return c.sessions.length > 0 ? { key: 'mediation', label: '调解', state: 'done', at: null, note } : null;
}

function followUpStep(c: MediationCaseView): CaseStep | null {
  if (c.outcome !== MediationOutcome.Agreed && c.outcome !== MediationOutcome.Partial) return null;
  if (c.followUp) {
    const held = c.followUp.held ? '协议履行良好' : '协议未履行';
    const note = [held, c.followUp.note].filter(Boolean).join('：');
    return { key: 'followUp', label: '回访', state: 'done', at: c.followUp.at, note };
  }
  const note = c.followUpDueAt ? `计划于 ${formatDate(c.followUpDueAt)} 回访` : null;
  return { key: 'followUp', label: '回访', state: 'todo', at: null, note };
}

/** The case's way so far and what is still ahead, oldest first, from the fields of its view. */
export function caseSteps(c: MediationCaseView): CaseStep[] {
  const steps: CaseStep[] = [
    { key: 'asked', label: ASKED_LABEL[c.source], state: 'done', at: c.createdAt, note: null },
  ];
  if (c.status === MediationStatus.Declined) {
    steps.push({ key: 'declined', label: '不予受理', state: 'stopped', at: null, note: c.declineReason });
    steps.push(ratingStep(c));
    return steps;
  }
  const later = [acceptedStep(c), mediationStep(c)].filter((s): s is CaseStep => s !== null);
  steps.push(...later);
  if (c.status === MediationStatus.Withdrawn) {
    steps.push({ key: 'withdrawn', label: '已撤回', state: 'stopped', at: null, note: '申请人撤回了调解申请' });
    return steps;
  }
  if (c.status !== MediationStatus.Resolved || !c.outcome) {
    steps.push({ key: 'resolved', label: '结案', state: 'todo', at: null, note: null });
    return steps;
  }
  const outcomeNote = c.outcome === MediationOutcome.Failed && c.referral ? `已引导至：${c.referral}` : null;
  steps.push({
    key: 'resolved',
    label: `结案：${MEDIATION_OUTCOME_LABEL[c.outcome]}`,
    state: 'done',
    at: c.resolvedAt,
    note: outcomeNote,
  });
  const followUp = followUpStep(c);
  if (followUp) steps.push(followUp);
  steps.push(ratingStep(c));
  return steps;
}
