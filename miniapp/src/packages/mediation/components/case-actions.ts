import type { MediationActions, MediationCaseView } from '@tongxin/types';

export type CaseActionKey = keyof MediationActions;

export interface CaseAction {
  key: CaseActionKey;
  label: string;
  /** Ends or refuses the case (不予受理, 撤回): shown plain, after the others. */
  danger: boolean;
}

// In the order the case moves, so the next step comes first.
const ORDER: CaseActionKey[] = [
  'accept',
  'assign',
  'schedule',
  'recordSession',
  'recordOutcome',
  'followUp',
  'rate',
  'closeRatingFollowUp',
  'decline',
  'withdraw',
];

const DANGER: readonly CaseActionKey[] = ['decline', 'withdraw'];

function labelOf(key: CaseActionKey, c: MediationCaseView): string {
  switch (key) {
    case 'accept':
      return '受理';
    case 'decline':
      return '不予受理';
    case 'assign':
      return c.mediator ? '改派调解员' : '指派调解员';
    case 'schedule':
      return c.sessions.length > 0 ? '再约一次调解' : '安排调解';
    case 'recordSession':
      return '记录调解情况';
    case 'recordOutcome':
      return '记录调解结果';
    case 'followUp':
      return '记录回访';
    case 'rate':
      return '评价调解服务';
    case 'closeRatingFollowUp':
      return '差评回访';
    case 'withdraw':
      return '撤回申请';
  }
}

/** The buttons of a case: exactly what the API says the reader may do now (`can`), next step first. */
export function caseActions(c: MediationCaseView): CaseAction[] {
  return ORDER.filter((key) => c.can[key]).map((key) => ({
    key,
    label: labelOf(key, c),
    danger: DANGER.includes(key),
  }));
}
