import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Role, type RoleGrantSummary } from '@tongxin/types';

import { MenuRow } from '@/components/MenuRow';
import { useMyCommunity } from '@/hooks/use-my-community';
import { PagePath } from '@/routes';

function open(url: string): void {
  Taro.navigateTo({ url });
}

/**
 * 调解服务 for every member with a community (申请调解, 我的调解); 石榴调解工作室 for its 负责人 and 我的调解案件 for
 * 调解员. Decided from the roles alone: other staff and grid workers hold neither role and get no studio entry.
 */
export function MediationEntries({ roles }: { roles: RoleGrantSummary[] }) {
  const community = useMyCommunity();
  const runsStudio = roles.some((grant) => grant.role === Role.MediationAdmin);
  const mediates = roles.some((grant) => grant.role === Role.Mediator);
  if (!community.data && !runsStudio && !mediates) return null;
  return (
    <View className='settings-card mediation-entries'>
      {community.data ? (
        <>
          <MenuRow
            className='menu-mediation-ask'
            label='申请调解'
            hint='邻里、家庭、物业等纠纷，石榴调解工作室帮你调解'
            onClick={() => open(PagePath.MediationAsk)}
          />
          <MenuRow
            className='menu-mediation-mine'
            label='我的调解'
            hint='进度与结果，仅当事人可见'
            onClick={() => open(PagePath.MyMediation)}
          />
        </>
      ) : null}
      {runsStudio ? (
        <MenuRow
          className='menu-mediation-studio'
          label='石榴调解工作室'
          hint='受理申请、指派调解员、登记来访'
          onClick={() => open(PagePath.MediationCases('staff'))}
        />
      ) : null}
      {mediates ? (
        <MenuRow
          className='menu-mediation-mediating'
          label='我的调解案件'
          hint='安排调解、记录调解情况和结果'
          onClick={() => open(PagePath.MediationCases('mediating'))}
        />
      ) : null}
    </View>
  );
}
