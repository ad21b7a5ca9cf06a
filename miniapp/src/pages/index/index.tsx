import './index.scss';

import { Text, View } from '@tarojs/components';

import { EventList } from '@/components/EventList';
import { PageShell } from '@/components/PageShell';
import { UPCOMING_EVENTS } from '@/hooks/use-events-query';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';

export default function HomePage() {
  useUnreadTabBadge();
  return (
    <PageShell className='home-page'>
      <View className='home-hero'>
        <Text className='home-hero__name'>同心</Text>
        <Text className='home-hero__copy'>像石榴籽一样紧紧抱在一起，邻里事大家一起办</Text>
      </View>
      <Text className='page-shell__title'>近期活动</Text>
      <EventList filter={UPCOMING_EVENTS} />
    </PageShell>
  );
}
