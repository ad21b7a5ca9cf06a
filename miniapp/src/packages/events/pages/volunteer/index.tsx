import '@/styles/form.scss';
import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { VolunteerHoursEntry } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { useMyCertificatesQuery, useMyVolunteerHoursQuery } from '@/hooks/use-volunteer-query';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';
import { formatDate } from '@/utils/format-date';

import { VolunteerEntryCard } from '../../components/volunteer-entry-card';

/** The totals over the whole record (every page carries them). */
function TotalCard({ query }: { query: ReturnType<typeof useMyVolunteerHoursQuery> }) {
  const first = query.data?.pages[0];
  if (!first) return null;
  return (
    <View className='volunteer-total'>
      <Text className='volunteer-total__label'>累计志愿服务时长</Text>
      <Text className='volunteer-total__value'>{first.totalHours.toFixed(1)} 小时</Text>
      <Text className='volunteer-total__meta'>
        参加 {first.total} 次志愿服务 · 获得 {first.totalPoints} 积分
      </Text>
    </View>
  );
}

/** 志愿服务记录证明 issued to the member by their community's staff. */
function Certificates() {
  const certificates = useMyCertificatesQuery();
  const items = certificates.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return null;
  return (
    <View className='settings-card volunteer-certificates'>
      {items.map((c) => (
        <MenuRow
          key={c.id}
          className='volunteer-certificate-row'
          label='志愿服务记录证明'
          hint={`${c.recordNumber} · ${formatDate(c.issuedAt)} · ${c.totalHours.toFixed(1)} 小时`}
          onClick={() => Taro.navigateTo({ url: PagePath.VolunteerCertificate(c.id) })}
        />
      ))}
    </View>
  );
}

function Record() {
  const query = useMyVolunteerHoursQuery();
  // Hours are counted at the door by someone else's phone: look again whenever the page is shown.
  useDidShow(() => {
    if (!query.isPending && !query.isFetching) query.refetch();
  });
  return (
    <>
      <TotalCard query={query} />
      <Certificates />
      <Text className='form-hint volunteer-hint'>
        志愿服务活动按签到、签退时间记录时长（不超过活动时长）。需要志愿服务记录证明，请联系所在社区工作人员出具。
      </Text>
      <InfiniteList<VolunteerHoursEntry>
        className='volunteer-entries'
        query={query}
        emptyText='还没有志愿服务记录，去「活动」报名志愿服务吧'
        renderItem={(entry) => <VolunteerEntryCard key={entry.id} entry={entry} />}
      />
    </>
  );
}

export default function VolunteerRecordPage() {
  const user = useSessionUser();
  return (
    <PageShell className='volunteer-record-page'>
      {user ? (
        <Record />
      ) : (
        <View className='my-events-login'>
          <Text className='form-hint'>登录后查看志愿服务记录</Text>
          <Button className='form-submit' type='primary' block onClick={() => Taro.navigateTo({ url: PagePath.Login })}>
            登录
          </Button>
        </View>
      )}
    </PageShell>
  );
}
