import Taro from '@tarojs/taro';
import { ErrorCode, type ModerationCaseView } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { NoteDialog } from '@/components/NoteDialog';
import {
  type CaseDecision,
  type CaseStatus,
  useDecideCaseMutation,
  useModerationCasesQuery,
} from '@/hooks/use-moderation-query';
import { isApiError } from '@/services/api-error';

import { ReviewCard } from '../../components/review-card';
import { CaseBody, caseTitle } from './case-body';

const DIALOG: Record<CaseDecision, { title: string; confirmText: string; placeholder: string; done: string }> = {
  pass: {
    title: '通过：恢复给所有人看',
    confirmText: '确认通过',
    placeholder: '写明理由（2–200 字），记入审核记录',
    done: '已通过',
  },
  remove: {
    title: '移除这条内容',
    confirmText: '确认移除',
    placeholder: '写明移除理由（2–200 字），作者会收到通知',
    done: '已移除',
  },
};

/** A decided case shows its outcome where the buttons were. */
function outcome(item: ModerationCaseView): string | null {
  if (item.state === 'passed') return '已通过，所有人可见';
  if (item.state === 'removed') return '已移除，作者已收到通知';
  return null;
}

/**
 * Cases of one tab in pages of 20. Open ones are passed (shown to everyone again) or removed, each with a reason;
 * one decided meanwhile by someone else leaves the list with a note.
 */
export function ModerationQueue({ status }: { status: CaseStatus }) {
  const query = useModerationCasesQuery(status);
  const decide = useDecideCaseMutation();
  const [deciding, setDeciding] = useState<{ item: ModerationCaseView; decision: CaseDecision } | null>(null);
  const dialog = deciding ? DIALOG[deciding.decision] : DIALOG.pass;

  async function submit(reason: string | undefined): Promise<void> {
    if (!deciding) return;
    const { item, decision } = deciding;
    try {
      await decide.mutateAsync({ id: item.id, decision, reason: reason ?? '' });
      Taro.showToast({ title: DIALOG[decision].done, icon: 'success' });
    } catch (failure) {
      if (!isApiError(failure) || failure.code !== ErrorCode.CaseDecided) throw failure;
      // Someone else was quicker: nothing to do here any more.
      Taro.showToast({ title: '已由其他工作人员处理', icon: 'none' });
      await query.refetch();
    }
  }

  return (
    <>
      <InfiniteList<ModerationCaseView>
        className='review-queue moderation-queue'
        query={query}
        emptyText={status === 'open' ? '没有待处理的内容' : '还没有处理过的内容'}
        renderItem={(item) => (
          <ReviewCard
            key={item.id}
            title={caseTitle(item)}
            approveText='通过'
            rejectText='移除'
            onApprove={async () => setDeciding({ item, decision: 'pass' })}
            onReject={() => setDeciding({ item, decision: 'remove' })}
            locked={status === 'decided' ? (outcome(item) ?? '已处理') : null}
          >
            <CaseBody item={item} />
          </ReviewCard>
        )}
      />
      <NoteDialog
        className={`moderation-dialog moderation-dialog--${deciding?.decision ?? 'pass'}`}
        visible={deciding !== null}
        title={dialog.title}
        confirmText={dialog.confirmText}
        placeholder={dialog.placeholder}
        minLength={2}
        maxLength={200}
        onSubmit={submit}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}
