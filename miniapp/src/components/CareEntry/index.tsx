import './care-entry.scss';

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoleGrantSummary } from '@tongxin/types';

import { MenuRow } from '@/components/MenuRow';
import { useCareDueCountQuery } from '@/hooks/use-care-query';
import { PagePath } from '@/routes';
import { keepsCareRegister } from '@/utils/care-roles';

/** "3户待走访" for the entry; nothing while the count is unknown or zero. */
export function dueText(count: number | undefined): string | null {
  return count ? `${count}户待走访` : null;
}

/**
 * 帮扶台账 with how many households are due a visit, for grid workers and 帮扶专干 only: community staff,
 * organizers, riders and residents hold neither role and get no entry (the API refuses them the register too).
 */
export function CareEntry({ roles }: { roles: RoleGrantSummary[] }) {
  const keeps = keepsCareRegister(roles);
  const due = useCareDueCountQuery(keeps);
  if (!keeps) return null;
  const text = dueText(due.data);
  return (
    <View className='settings-card care-entries'>
      <MenuRow
        className='menu-care-records'
        label='帮扶台账'
        hint='困难群体登记、入户走访、平安打卡'
        badge={text ? <Text className='menu-care-records__due'>{text}</Text> : null}
        onClick={() => Taro.navigateTo({ url: PagePath.CareRecords })}
      />
    </View>
  );
}
