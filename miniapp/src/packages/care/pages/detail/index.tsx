import '../../components/care.scss';

import Taro, { useRouter } from '@tarojs/taro';
import type { CareFollowUpRequest, CareVisitView } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { StaffPage } from '@/components/StaffPage';
import { useCareChangeMutation, useCareRecordQuery } from '@/hooks/use-care-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { PagePath } from '@/routes';
import { careFollowUp } from '@/services/care';
import { useSessionUser } from '@/stores/session';

import { careErrorMessage, isCareConflict } from '../../components/care-copy';
import { FollowUpDialog } from '../../components/follow-up-dialog';
import { HistoryList } from '../../components/history-list';
import { RecordActions } from '../../components/record-actions';
import { RecordView } from '../../components/record-view';
import { VisitList } from '../../components/visit-list';

function Record({ id }: { id: string }) {
  const query = useCareRecordQuery(id);
  useRefreshOnPull(query);
  const [followUp, setFollowUp] = useState<CareVisitView | null>(null);
  const need = useCareChangeMutation(id, (input: { visitId: string; body: CareFollowUpRequest }) =>
    careFollowUp(input.visitId, input.body),
  );
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError) {
    return <ListState variant='error' detail={careErrorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  const r = query.data;

  async function fileNeed(visitId: string, body: CareFollowUpRequest): Promise<void> {
    try {
      const report = await need.mutateAsync({ visitId, body });
      setFollowUp(null);
      Taro.showToast({ title: '需求已发布', icon: 'success' });
      Taro.navigateTo({ url: PagePath.ReportDetail(report.id) });
    } catch (failure) {
      if (isCareConflict(failure)) void query.refetch();
      throw failure;
    }
  }

  return (
    <>
      <RecordView r={r} />
      <VisitList visits={r.visits} onFollowUp={setFollowUp} />
      <HistoryList history={r.history} />
      <RecordActions r={r} onStale={() => void query.refetch()} />
      {followUp ? (
        <FollowUpDialog
          communityId={r.communityId}
          findings={followUp.findings}
          onClose={() => setFollowUp(null)}
          send={(body) => fileNeed(followUp.id, body)}
        />
      ) : null}
    </>
  );
}

/** One household on the register: details, 走访记录 (each can become a need), 变更记录, and what can be done now. */
export default function CareDetailPage() {
  const id = useRouter().params.id ?? '';
  const user = useSessionUser();
  return (
    <StaffPage className='care-detail-page'>
      {user ? <Record id={id} /> : <LoginPrompt text='登录后使用帮扶台账' />}
    </StaffPage>
  );
}
