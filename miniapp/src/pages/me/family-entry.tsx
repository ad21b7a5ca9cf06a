import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { useFamilyLinksQuery } from '@/hooks/use-family-query';
import { PagePath } from '@/routes';
import { useActingFor } from '@/stores/acting-for';

/** What the row says: for whom the member acts now, else who waits for the member's 同意, else what it is for. */
export function familyHint(acting: { parentName: string } | null, waiting: number): string {
  if (acting) return `正在为 ${acting.parentName} 代办`;
  if (waiting > 0) return `${waiting} 位家人申请为您代办，等您同意`;
  return '为父母代办社区事务，或同意家人为您代办';
}

/** 亲情代办, for every signed-in member: family members act for a parent, parents say yes or end it. */
export function FamilyEntry() {
  const acting = useActingFor();
  const links = useFamilyLinksQuery();
  const waiting = links.data?.filter((link) => link.can.confirm).length ?? 0;
  return (
    <View className='settings-card family-entries'>
      <MenuRow
        className='menu-family'
        label='亲情代办'
        hint={familyHint(acting, waiting)}
        badge={waiting > 0 ? <Text className='menu-notifications__badge'>{waiting}</Text> : null}
        onClick={() => Taro.navigateTo({ url: PagePath.FamilyLinks })}
      />
    </View>
  );
}
