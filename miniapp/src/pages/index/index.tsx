import './index.scss';

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { ConsentRenewal } from '@/components/ConsentRenewal';
import { EventList } from '@/components/EventList';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { UPCOMING_EVENTS } from '@/hooks/use-events-query';
import { useShare } from '@/hooks/use-share';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';

import { SafetyCheckCard } from './safety-check-card';

export default function HomePage() {
  useUnreadTabBadge();
  useShare(() => ({ title: '同心 · 邻里事大家一起办', path: PagePath.Home }));
  return (
    <PageShell className='home-page'>
      <View className='home-hero'>
        <Text className='home-hero__name'>同心</Text>
        <Text className='home-hero__copy'>像石榴籽一样紧紧抱在一起，邻里事大家一起办</Text>
      </View>
      <SafetyCheckCard />
      <View className='home-entries'>
        <MenuRow
          className='menu-results'
          label='办实事公开'
          hint='社区这半年办成的事、最近的活动和网格周报'
          onClick={() => Taro.navigateTo({ url: PagePath.CommunityResults })}
        />
      </View>
      <Text className='page-shell__title'>近期活动</Text>
      <EventList filter={UPCOMING_EVENTS} />
      <ConsentRenewal />
    </PageShell>
  );
}
