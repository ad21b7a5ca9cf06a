import '@/styles/form.scss';
import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { RegistrationView } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { useMyRegistrationsQuery } from '@/hooks/use-events-query';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { RegistrationCard } from '../../components/registration-card';

function MyRegistrations() {
  const query = useMyRegistrationsQuery();
  // A waiting place may have been promoted while the member was away.
  useDidShow(() => {
    if (!query.isPending && !query.isFetching) query.refetch();
  });
  const [now] = useState(() => Date.now());
  return (
    <InfiniteList<RegistrationView>
      query={query}
      emptyText='还没有报名活动，去「活动」看看吧'
      renderItem={(registration) => <RegistrationCard key={registration.id} registration={registration} now={now} />}
    />
  );
}

export default function MyEventsPage() {
  const user = useSessionUser();
  return (
    <PageShell className='my-events-page'>
      {user ? (
        <MyRegistrations />
      ) : (
        <View className='my-events-login'>
          <Text className='form-hint'>登录后查看报名记录和入场券</Text>
          <Button className='form-submit' type='primary' block onClick={() => Taro.navigateTo({ url: PagePath.Login })}>
            登录
          </Button>
        </View>
      )}
    </PageShell>
  );
}
