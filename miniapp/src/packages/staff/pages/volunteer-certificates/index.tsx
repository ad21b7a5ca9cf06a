import '@/styles/form.scss';
import '../../components/staff-points.scss';

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { useCommunityCertificatesQuery } from '@/hooks/use-volunteer-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { formatDate } from '@/utils/format-date';

import { StaffCommunityPicker, useStaffCommunityState } from '../../components/staff-community';
import { CertificateForm } from './certificate-form';

/** The certificates the community has issued, newest first. */
function Issued({ communityId }: { communityId: string }) {
  const query = useCommunityCertificatesQuery(communityId);
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError && !query.isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return <ListState variant='empty' text='还没有出具过证明' />;
  return (
    <View className='settings-card issued-certificates'>
      {items.map((c) => (
        <MenuRow
          key={c.id}
          className='issued-certificate'
          label={`${c.volunteerName} · ${c.totalHours.toFixed(1)} 小时`}
          hint={`${c.recordNumber} · ${formatDate(c.issuedAt)} · 经办人 ${c.issuedByName}`}
          onClick={() => Taro.navigateTo({ url: PagePath.VolunteerCertificate(c.id) })}
        />
      ))}
      <LoadMoreButton query={query} end={<ListState variant='end' />} />
    </View>
  );
}

export default function StaffVolunteerCertificatesPage() {
  const [community, setCommunity] = useStaffCommunityState();
  return (
    <PageShell className='staff-volunteer-certificates-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? (
        <>
          <CertificateForm key={community.id} communityId={community.id} />
          <Text className='page-shell__title'>已出具的证明</Text>
          <Issued communityId={community.id} />
        </>
      ) : null}
    </PageShell>
  );
}
