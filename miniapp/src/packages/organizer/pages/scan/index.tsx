import '@/styles/form.scss';
import '../../components/organizer.scss';

import { useRouter } from '@tarojs/taro';
import { EventType } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useEventViewQuery } from '@/hooks/use-events-query';

import { ScannerPanel } from '../../components/scanner-panel';

function Scanner({ eventId }: { eventId: string }) {
  // Offline the event may not load: the downloaded kit says whether it is a volunteer event.
  const event = useEventViewQuery(eventId);
  return <ScannerPanel eventId={eventId} volunteer={event.data?.type === EventType.Volunteer} />;
}

export default function OrganizerScanPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='organizer-scan-page'>
      {id ? <Scanner eventId={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
