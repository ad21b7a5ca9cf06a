import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';

import { ListState } from '@/components/ListState';
import { type MyCommunity, useMyCommunity } from '@/hooks/use-my-community';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';

/** Renders `children` with the member's community, or says why there is none yet. */
export function CommunityGate({ children }: { children: (community: MyCommunity) => ReactNode }) {
  const community = useMyCommunity();
  if (community.error) {
    return <ListState variant='error' detail={errorMessage(community.error)} onRetry={() => community.refetch()} />;
  }
  if (community.isPending || community.data === undefined) return <ListState variant='loading' />;
  if (community.data === null) {
    return (
      <>
        <ListState variant='empty' text='还不知道你住在哪个社区' detail='认证住址后即可查看本社区的积分超市和榜单' />
        <Button
          className='community-gate__bind form-submit'
          type='primary'
          block
          onClick={() => Taro.navigateTo({ url: PagePath.Profile })}
        >
          去认证住址
        </Button>
      </>
    );
  }
  return <>{children(community.data)}</>;
}
