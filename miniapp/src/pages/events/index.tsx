import './index.scss';

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type EventType, Role } from '@tongxin/types';
import { useMemo, useState } from 'react';

import { EventList } from '@/components/EventList';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import type { EventsFilter } from '@/hooks/use-events-query';
import { useMyCommunity } from '@/hooks/use-my-community';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { EventsFilters } from './events-filters';

const ORGANIZER_ROLES: readonly Role[] = [Role.Organizer, Role.CommunityStaff, Role.StreetAdmin];

export default function EventsPage() {
  useUnreadTabBadge();
  const user = useSessionUser();
  const community = useMyCommunity(user !== null);
  const [type, setType] = useState<EventType | null>(null);
  const [onlyMine, setOnlyMine] = useState(false);
  const myCommunity = user ? (community.data ?? null) : null;
  const placeId = onlyMine && myCommunity ? myCommunity.communityId : undefined;
  const filter = useMemo<EventsFilter>(
    () => ({ upcoming: true, ...(type ? { type } : {}), ...(placeId ? { placeId } : {}) }),
    [type, placeId],
  );
  const organizes = user?.roles.some((grant) => ORGANIZER_ROLES.includes(grant.role)) ?? false;

  return (
    <PageShell className='events-page'>
      {user ? (
        <View className='settings-card events-entries'>
          <MenuRow
            className='menu-my-events'
            label='我的活动'
            hint='报名记录、入场券'
            onClick={() => Taro.navigateTo({ url: PagePath.MyEvents })}
          />
          {organizes ? (
            <MenuRow
              className='menu-organizer'
              label='活动管理'
              hint='发布活动、签到扫码'
              onClick={() => Taro.navigateTo({ url: PagePath.OrganizerHome })}
            />
          ) : null}
        </View>
      ) : null}
      <EventsFilters
        type={type}
        onType={setType}
        community={myCommunity}
        onlyMine={onlyMine}
        onOnlyMine={setOnlyMine}
      />
      <Text className='page-shell__title'>即将开始的活动</Text>
      <EventList filter={filter} />
    </PageShell>
  );
}
