import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MediationCaseView } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { useMediationMutation } from '@/hooks/use-mediation-query';
import {
  acceptCase,
  assignMediator,
  closeRatingFollowUp,
  declineCase,
  rateCase,
  recordFollowUp,
  recordOutcome,
  recordSession,
  scheduleSession,
  withdrawCase,
} from '@/services/mediation';

import { type CaseActionKey, caseActions } from './case-actions';
import { isStateConflict, mediationErrorMessage } from './mediation-error';
import { MediatorDialog } from './mediator-dialog';
import { FollowUpDialog, NoteActionDialog, RateDialog } from './note-dialogs';
import { OutcomeDialog } from './outcome-dialog';
import { ScheduleDialog } from './schedule-dialog';
import { SessionDialog } from './session-dialog';

const DONE: Record<CaseActionKey, string> = {
  accept: '已受理',
  decline: '已不予受理',
  assign: '已指派',
  schedule: '已安排',
  recordSession: '已记录',
  recordOutcome: '已结案',
  followUp: '回访已记录',
  rate: '感谢你的评价',
  closeRatingFollowUp: '已处理',
  withdraw: '已撤回',
};

interface CaseActionBarProps {
  c: MediationCaseView;
  /** Reads the case again: after a conflict the screen was stale. */
  onStale: () => void;
}

/** The case's buttons, one per action in `can`, each opening its dialog (撤回 asks first). */
export function CaseActionBar({ c, onStale }: CaseActionBarProps) {
  const mutation = useMediationMutation((call: () => Promise<MediationCaseView>) => call());
  const [open, setOpen] = useState<CaseActionKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actions = caseActions(c);
  if (actions.length === 0) return null;

  async function run(key: CaseActionKey, call: () => Promise<MediationCaseView>): Promise<void> {
    try {
      await mutation.mutateAsync(call);
    } catch (failure) {
      if (isStateConflict(failure)) onStale();
      throw failure;
    }
    Taro.showToast({ title: DONE[key], icon: 'success' });
  }

  async function withdraw(): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: '撤回调解申请',
      content: '撤回后本次调解结束。如需调解，可以重新申请。',
      confirmText: '撤回',
      cancelText: '再想想',
    });
    if (!confirm) return;
    setError(null);
    run('withdraw', () => withdrawCase(c.id)).catch((failure) => setError(mediationErrorMessage(failure)));
  }

  const close = () => setOpen(null);
  const tap = (key: CaseActionKey) => (key === 'withdraw' ? void withdraw() : setOpen(key));

  return (
    <BottomBar className='case-actions'>
      {error ? <Text className='form-error case-actions__error'>{error}</Text> : null}
      <View className='case-actions__row'>
        {actions.map((action, index) => (
          <Button
            key={action.key}
            className={`big-action case-actions__button case-action--${action.key}`}
            type={index === 0 && !action.danger ? 'primary' : 'default'}
            loading={action.key === 'withdraw' && mutation.isPending}
            onClick={() => tap(action.key)}
          >
            {action.label}
          </Button>
        ))}
      </View>
      {open === 'accept' || open === 'assign' ? (
        <MediatorDialog
          c={c}
          mode={open}
          onClose={close}
          send={(mediatorId) =>
            open === 'accept'
              ? run('accept', () => acceptCase(c.id, mediatorId ? { mediatorId } : {}))
              : run('assign', () =>
                  assignMediator(c.id, { mediatorId: mediatorId ?? '', expectedMediatorId: c.mediator?.id ?? null }),
                )
          }
        />
      ) : null}
      {open === 'decline' ? (
        <NoteActionDialog
          className='decline-dialog'
          title='不予受理'
          confirmText='不予受理'
          placeholder='写明原因和引导去向，申请人会看到'
          suggestions={['已引导至司法所', '建议通过诉讼解决', '不属于人民调解范围']}
          minLength={2}
          maxLength={200}
          onClose={close}
          send={(reason) => run('decline', () => declineCase(c.id, { reason }))}
        />
      ) : null}
      {open === 'schedule' ? (
        <ScheduleDialog onClose={close} send={(body) => run('schedule', () => scheduleSession(c.id, body))} />
      ) : null}
      {open === 'recordSession' ? (
        <SessionDialog
          c={c}
          onClose={close}
          send={(sessionId, body) => run('recordSession', () => recordSession(c.id, sessionId, body))}
        />
      ) : null}
      {open === 'recordOutcome' ? (
        <OutcomeDialog onClose={close} send={(body) => run('recordOutcome', () => recordOutcome(c.id, body))} />
      ) : null}
      {open === 'followUp' ? (
        <FollowUpDialog onClose={close} send={(body) => run('followUp', () => recordFollowUp(c.id, body))} />
      ) : null}
      {open === 'rate' ? <RateDialog onClose={close} send={(body) => run('rate', () => rateCase(c.id, body))} /> : null}
      {open === 'closeRatingFollowUp' ? (
        <NoteActionDialog
          className='rating-follow-up-dialog'
          title='差评回访'
          confirmText='回访完成'
          placeholder='回访了谁、怎么说的、做了哪些改进'
          minLength={2}
          maxLength={500}
          onClose={close}
          send={(note) => run('closeRatingFollowUp', () => closeRatingFollowUp(c.id, { note }))}
        />
      ) : null}
    </BottomBar>
  );
}
