import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { PagePath } from '@/routes';

function open(url: string): void {
  Taro.navigateTo({ url });
}

/** Staff: setting up and keeping their places (地点、站点、人员、规则), the directory and the audit trail. */
export function StaffSetupEntries({ streetAdmin }: { streetAdmin: boolean }) {
  return (
    <View className='settings-card staff-setup-entries'>
      <MenuRow
        className='menu-staff-places'
        label='地点管理'
        hint='社区、网格、楼栋'
        onClick={() => open(PagePath.StaffPlaces)}
      />
      <MenuRow
        className='menu-staff-units'
        label='站点与共建单位'
        hint='实践教育所站点角、共建单位、商户'
        onClick={() => open(PagePath.StaffUnits)}
      />
      <MenuRow
        className='menu-staff-people'
        label='人员与角色'
        hint='授予、撤销网格员等角色'
        onClick={() => open(PagePath.StaffPeople)}
      />
      <MenuRow className='menu-staff-rules' label='积分规则' onClick={() => open(PagePath.StaffRules)} />
      <MenuRow
        className='menu-staff-members'
        label='成员名录'
        hint='查找居民，手机号默认隐藏'
        onClick={() => open(PagePath.StaffMembers)}
      />
      <MenuRow
        className='menu-staff-audit'
        label='操作日志'
        hint='工作人员的每一次操作'
        onClick={() => open(PagePath.StaffAudit)}
      />
      {streetAdmin ? (
        <MenuRow
          className='menu-staff-reconcile'
          label='积分对账'
          hint='核对积分余额与流水'
          onClick={() => open(PagePath.StaffReconcile)}
        />
      ) : null}
    </View>
  );
}
