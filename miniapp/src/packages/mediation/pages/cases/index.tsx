import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';

export default function MediationPage() {
  return (
    <PageShell>
      <ListState variant='loading' />
    </PageShell>
  );
}
