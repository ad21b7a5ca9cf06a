import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type MeSummary, Role } from '@tongxin/types';

import { CareEntry } from '@/components/CareEntry';
import { MenuRow } from '@/components/MenuRow';
import { PagePath } from '@/routes';

const GRID_MEMBER_ROLES: readonly Role[] = [Role.PartTimeGridMember, Role.GridWorker];
const DISPATCH_ROLES: readonly Role[] = [Role.GridWorker, Role.CommunityStaff, Role.StreetAdmin];
const STAFF_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];

function open(url: string): void {
  Taro.navigateTo({ url });
}

function holds(user: MeSummary | null, roles: readonly Role[]): boolean {
  return user?.roles.some((grant) => roles.includes(grant.role)) ?? false;
}

/** 我要上报 (two big tiles) for everyone; 抢单, 调度 and 帮扶台账 entries for those whose roles allow them. */
export function TaskEntries({ user }: { user: MeSummary | null }) {
  return (
    <View className='task-entries'>
      <View className='report-tiles'>
        <View
          className='report-tile report-tile--report'
          hoverClass='report-tile--pressed'
          onClick={() => open(PagePath.NewReport('report'))}
        >
          <Text className='report-tile__title'>随手拍</Text>
          <Text className='report-tile__hint'>路灯、井盖、堆物…拍照上报</Text>
        </View>
        <View
          className='report-tile report-tile--need'
          hoverClass='report-tile--pressed'
          onClick={() => open(PagePath.NewReport('need'))}
        >
          <Text className='report-tile__title'>帮办代办</Text>
          <Text className='report-tile__hint'>跑腿、维修、助老</Text>
        </View>
      </View>
      {holds(user, GRID_MEMBER_ROLES) ? (
        <View className='settings-card grid-member-entries'>
          <MenuRow
            className='menu-order-hall'
            label='抢单大厅'
            hint='附近待处理的工单'
            onClick={() => open(PagePath.OrderHall)}
          />
          <MenuRow
            className='menu-my-orders'
            label='我的工单'
            hint='开始处理、完成上传照片'
            onClick={() => open(PagePath.MyOrders)}
          />
        </View>
      ) : null}
      {holds(user, DISPATCH_ROLES) ? (
        <View className='settings-card dispatch-entries'>
          <MenuRow
            className='menu-dispatch'
            label='工单调度'
            hint='超时工单、指派、核实'
            onClick={() => open(PagePath.OrderDispatch)}
          />
          {holds(user, STAFF_ROLES) ? (
            <>
              <MenuRow className='menu-categories' label='分类管理' onClick={() => open(PagePath.ReportCategories)} />
              <MenuRow
                className='menu-follow-ups'
                label='回访任务'
                hint='差评回访'
                onClick={() => open(PagePath.FollowUps)}
              />
            </>
          ) : null}
        </View>
      ) : null}
      <CareEntry roles={user?.roles ?? []} />
    </View>
  );
}
