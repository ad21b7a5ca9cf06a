import '../../components/mediation.scss';

import { useRouter } from '@tarojs/taro';

import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { useMediationCaseQuery } from '@/hooks/use-mediation-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useSessionUser } from '@/stores/session';

import { CaseActionBar } from '../../components/case-action-bar';
import { CaseView } from '../../components/case-view';
import { mediationErrorMessage } from '../../components/mediation-error';

/** One case as its reader may see it, with the buttons of what they may do now. */
export default function MediationDetailPage() {
  const id = useRouter().params.id ?? '';
  const user = useSessionUser();
  const query = useMediationCaseQuery(user ? id : '');
  useRefreshOnPull(query);
  let body;
  if (!user) body = <LoginPrompt text='登录后查看调解案件' />;
  else if (query.isPending) body = <ListState variant='loading' />;
  else if (query.isError) {
    body = <ListState variant='error' detail={mediationErrorMessage(query.error)} onRetry={() => query.refetch()} />;
  } else {
    body = (
      <>
        <CaseView c={query.data} />
        <CaseActionBar c={query.data} onStale={() => void query.refetch()} />
      </>
    );
  }
  return <PageShell className='mediation-detail-page'>{body}</PageShell>;
}
