import Taro, { useDidShow } from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { useMyVolunteerHoursQuery } from '@/hooks/use-volunteer-query';
import { PagePath } from '@/routes';

/** 志愿服务记录, with the total hours. */
export function VolunteerEntry() {
  const record = useMyVolunteerHoursQuery();
  // Hours are counted on organizers' phones: look again whenever the tab is shown.
  useDidShow(() => {
    if (!record.isFetching) record.refetch();
  });
  const first = record.data?.pages[0];
  const hint = first
    ? first.total > 0
      ? `累计 ${first.totalHours.toFixed(1)} 小时`
      : '志愿服务时长与证明'
    : record.isError
      ? '点此查看'
      : '…';
  return (
    <MenuRow
      className='menu-volunteer'
      label='志愿服务记录'
      hint={hint}
      onClick={() => Taro.navigateTo({ url: PagePath.VolunteerRecord })}
    />
  );
}
