import type { ReportDetail } from '@tongxin/types';
import type { ReactNode } from 'react';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useReportQuery } from '@/hooks/use-reports-query';
import { errorMessage } from '@/services/api-error';

/** A page about one report: its loading and error states, pull-down refresh, then `children` with the report. */
export function ReportQuery({ id, children }: { id: string; children: (report: ReportDetail) => ReactNode }) {
  const query = useReportQuery(id);
  useRefreshOnPull(query);
  if (query.isPending) {
    return (
      <PageShell>
        <ListState variant='loading' />
      </PageShell>
    );
  }
  if (query.isError) {
    return (
      <PageShell>
        <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />
      </PageShell>
    );
  }
  return <>{children(query.data)}</>;
}
