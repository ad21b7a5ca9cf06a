import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';

export default function FamilyPage() {
  return (
    <PageShell>
      <ListState variant='loading' />
    </PageShell>
  );
}
