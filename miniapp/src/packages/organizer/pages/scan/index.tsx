import '@/styles/form.scss';
import '../../components/organizer.scss';

import { useRouter } from '@tarojs/taro';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';

import { ScannerPanel } from '../../components/scanner-panel';

export default function OrganizerScanPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='organizer-scan-page'>
      {id ? <ScannerPanel eventId={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
