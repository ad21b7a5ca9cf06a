import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { type MeSummary, Role, ROLE_LABEL } from '@tongxin/types';

import { CareEntry } from '@/components/CareEntry';
import { MenuRow } from '@/components/MenuRow';
import { useMeQuery } from '@/hooks/use-me-query';
import { useUnreadCountQuery } from '@/hooks/use-notifications-query';
import { badgeText } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';

import { FiguresEntries } from './figures-entries';
import { MediationEntries } from './mediation-entries';
import { PointsEntries } from './points-entries';
import { StaffSetupEntries } from './staff-setup-entries';
import { VolunteerEntry } from './volunteer-entry';

const STAFF_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];
const ORGANIZER_ROLES: readonly Role[] = [Role.Organizer, ...STAFF_ROLES];
const GRID_MEMBER_ROLES: readonly Role[] = [Role.PartTimeGridMember, Role.GridWorker];
const FIGURES_ROLES: readonly Role[] = [...STAFF_ROLES, Role.GridWorker];

function open(url: string): void {
  Taro.navigateTo({ url });
}

/** The signed-in user: name, own phone, roles, and the pages their roles open. */
export function ProfileCard({ user }: { user: MeSummary }) {
  const me = useMeQuery();
  const unread = useUnreadCountQuery();
  // Roles change when staff approve an application: look again whenever the tab is shown (the unread count is
  // looked at again by the tab page's useUnreadTabBadge).
  useDidShow(() => {
    if (!me.isFetching) me.refetch();
  });
  const badge = badgeText(unread.data?.count ?? 0);
  const current = me.data ?? user;
  const isStaff = current.roles.some((grant) => STAFF_ROLES.includes(grant.role));
  const organizes = current.roles.some((grant) => ORGANIZER_ROLES.includes(grant.role));
  const streetAdmin = current.roles.some((grant) => grant.role === Role.StreetAdmin);
  const gridMember = current.roles.some((grant) => GRID_MEMBER_ROLES.includes(grant.role));
  const readsFigures = current.roles.some((grant) => FIGURES_ROLES.includes(grant.role));
  return (
    <View className='me-profile'>
      <View className='me-card'>
        <Text className='me-card__name'>{current.nickname}</Text>
        <Text className='me-card__phone'>{current.phone ?? '未绑定手机号'}</Text>
        <Text className='me-card__section'>我的角色</Text>
        <View className='my-roles'>
          {current.roles.length === 0 ? <Text className='my-roles__empty'>暂无角色</Text> : null}
          {current.roles.map((grant) => (
            <View key={grant.id} className={`my-role my-role--${grant.role}`}>
              <Text className='my-role__label'>{ROLE_LABEL[grant.role] ?? grant.role}</Text>
              <Text className='my-role__place'>{grant.placeName}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='settings-card'>
        <MenuRow
          className='menu-notifications'
          label='消息通知'
          hint={badge ? `${badge} 条未读` : '活动变动、工单进展'}
          badge={badge ? <Text className='menu-notifications__badge'>{badge}</Text> : null}
          onClick={() => open(PagePath.Notifications)}
        />
        <MenuRow
          className='menu-profile'
          label='个人资料'
          hint='昵称、住址认证'
          onClick={() => open(PagePath.Profile)}
        />
        <MenuRow
          className='menu-rider'
          label='骑手申请'
          hint='申请成为兼职网格员（滨新侠）'
          onClick={() => open(PagePath.RiderApplication)}
        />
        {gridMember ? (
          <MenuRow
            className='menu-order-alerts'
            label='接单提醒'
            hint='新工单提醒、免打扰时段'
            onClick={() => open(PagePath.OrderAlerts)}
          />
        ) : null}
        {gridMember ? (
          <MenuRow
            className='menu-my-route'
            label='我的顺路'
            hint='顺路网格、空闲时段，顺路的工单排在前面'
            onClick={() => open(PagePath.MyRoute)}
          />
        ) : null}
        <MenuRow
          className='menu-my-events'
          label='我的活动'
          hint='报名记录、入场券'
          onClick={() => open(PagePath.MyEvents)}
        />
        <VolunteerEntry />
        {organizes ? (
          <MenuRow
            className='menu-organizer'
            label='活动管理'
            hint='发布活动、签到扫码、导出名单'
            onClick={() => open(PagePath.OrganizerHome)}
          />
        ) : null}
      </View>
      <PointsEntries />
      <MediationEntries roles={current.roles} />
      <CareEntry roles={current.roles} />
      {isStaff ? (
        <View className='settings-card staff-entries'>
          <MenuRow className='menu-staff-bindings' label='住址审核' onClick={() => open(PagePath.StaffBindings)} />
          <MenuRow className='menu-staff-riders' label='骑手审核' onClick={() => open(PagePath.StaffRiders)} />
          <MenuRow
            className='menu-staff-imports'
            label='数据导入'
            hint='从 Excel 台账导入地点、住户、人员、阵地'
            onClick={() => open(PagePath.StaffImports)}
          />
          <MenuRow className='menu-staff-award' label='积分奖励' onClick={() => open(PagePath.StaffAward)} />
          <MenuRow
            className='menu-staff-award-reviews'
            label='积分审核'
            hint='大额奖励须另一位工作人员通过'
            onClick={() => open(PagePath.StaffAwardReviews)}
          />
          <MenuRow className='menu-staff-mall' label='积分超市管理' onClick={() => open(PagePath.StaffMall)} />
          <MenuRow className='menu-staff-collect' label='核销取货' onClick={() => open(PagePath.StaffCollect)} />
          <MenuRow
            className='menu-staff-volunteer-certificates'
            label='志愿服务证明'
            hint='出具志愿服务记录证明'
            onClick={() => open(PagePath.StaffVolunteerCertificates)}
          />
          <MenuRow
            className='menu-staff-honours'
            label='光荣榜提名与审核'
            onClick={() => open(PagePath.StaffHonours)}
          />
          <MenuRow
            className='menu-staff-moderation'
            label='内容审核'
            hint='被拦截和被举报的内容'
            onClick={() => open(PagePath.StaffModeration)}
          />
          {streetAdmin ? (
            <MenuRow
              className='menu-staff-moderation-words'
              label='敏感词管理'
              hint='本街道的关键词过滤'
              onClick={() => open(PagePath.StaffModerationWords)}
            />
          ) : null}
        </View>
      ) : null}
      {readsFigures ? <FiguresEntries /> : null}
      {isStaff ? <StaffSetupEntries streetAdmin={streetAdmin} /> : null}
    </View>
  );
}
