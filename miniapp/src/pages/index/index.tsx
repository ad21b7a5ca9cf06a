import './index.scss';

import { Text, View } from '@tarojs/components';

import { ConsentRenewal } from '@/components/ConsentRenewal';
import { EventList } from '@/components/EventList';
import { PageShell } from '@/components/PageShell';
import { UPCOMING_EVENTS } from '@/hooks/use-events-query';
import { useShare } from '@/hooks/use-share';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';

export default function HomePage() {
  useUnreadTabBadge();
  useShare(() => ({ title: '同心 · 邻里事大家一起办', path: PagePath.Home }));
  return (
    <PageShell className='home-page'>
      <View className='home-hero'>
        <Text className='home-hero__name'>同心</Text>
        <Text className='home-hero__copy'>像石榴籽一样紧紧抱在一起，邻里事大家一起办</Text>
      </View>
      <Text className='page-shell__title'>近期活动</Text>
      <EventList filter={UPCOMING_EVENTS} />
      <ConsentRenewal />
    </PageShell>
  );
}
