import { Text, View } from '@tarojs/components';
import type { DependentInput, ScanOutcome } from '@tongxin/types';

import { formatTime } from '@/utils/format-date';

import type { ScanDisplay } from '../scanner/use-scanner';

const REFUSAL: Partial<Record<ScanOutcome, string>> = {
  revoked: '入场券已失效（报名已取消或未通过）',
  invalid: '无效的入场券，请让居民刷新「我的活动」后重新出示',
  wrong_event: '这不是本场活动的入场券',
  outside_window: '不在入场时间内',
  self_checkin: '不能给自己签到签退，请由其他组织者扫码',
  not_checked_in: '还没有签到，不能签退。请先签到，或在名单中调整服务时长',
  checkout_before_checkin: '签退时间早于签到时间，请核对手机时间后在名单中调整服务时长',
};

/** 1.5 小时 (the server counts whole minutes; shown to one decimal). */
export function hoursText(minutes: number): string {
  return `${(Math.round(minutes / 6) / 10).toFixed(1)} 小时`;
}

export function dependentsText(dependents: DependentInput[]): string {
  return dependents.map((d) => (d.age ? `${d.name}（${d.age}岁）` : d.name)).join('、');
}

function Attendee({ attendee }: { attendee: { name: string; phone: string | null; dependents: DependentInput[] } }) {
  return (
    <View className='scan-result__attendee'>
      <Text className='scan-result__name'>{attendee.name}</Text>
      {attendee.phone ? <Text className='scan-result__phone'>{attendee.phone}</Text> : null}
      {attendee.dependents.length > 0 ? (
        <Text className='scan-result__dependents'>随行：{dependentsText(attendee.dependents)}</Text>
      ) : null}
    </View>
  );
}

/** The answer to a scan, big: green 签到成功, amber 已签到 (when and by whom), red refusal. */
export function ScanResultCard({ display }: { display: ScanDisplay }) {
  if (display.kind === 'error') {
    return (
      <View className='scan-result scan-result--refused'>
        <Text className='scan-result__title'>无法签到</Text>
        <Text className='scan-result__note'>{display.message}</Text>
      </View>
    );
  }
  const { result, offline } = display;
  if (result.outcome === 'checked_in') {
    return (
      <View className='scan-result scan-result--ok'>
        <Text className='scan-result__title'>{offline ? '离线核验通过' : '签到成功'}</Text>
        {result.attendee ? <Attendee attendee={result.attendee} /> : null}
        {offline ? <Text className='scan-result__note'>已记在本机，联网后自动上传</Text> : null}
        {result.needsReview ? <Text className='scan-result__note'>离线名单中没有此人，请核对身份</Text> : null}
      </View>
    );
  }
  if (result.outcome === 'checked_out') {
    return (
      <View className='scan-result scan-result--ok'>
        <Text className='scan-result__title'>{offline ? '离线签退已记录' : '签退成功'}</Text>
        {result.attendee ? <Attendee attendee={result.attendee} /> : null}
        {result.checkedInAt && result.checkedOutAt ? (
          <Text className='scan-result__when'>
            {`${formatTime(result.checkedInAt)} 签到 · ${formatTime(result.checkedOutAt)} 签退`}
          </Text>
        ) : null}
        {result.volunteerMinutes != null ? (
          <Text className='scan-result__hours'>服务时长 {hoursText(result.volunteerMinutes)}</Text>
        ) : null}
        {offline ? <Text className='scan-result__note'>已记在本机，联网后上传，服务时长由系统核算</Text> : null}
        {result.needsReview ? <Text className='scan-result__note'>本机没有此人的签到记录，联网后核对</Text> : null}
      </View>
    );
  }
  if (result.outcome === 'already_checked_out') {
    return (
      <View className='scan-result scan-result--repeat'>
        <Text className='scan-result__title'>重复签退</Text>
        <Text className='scan-result__when'>
          {result.checkedOutAt ? `已于 ${formatTime(result.checkedOutAt)} 签退` : '已签退'}
          {result.volunteerMinutes != null ? `，服务时长 ${hoursText(result.volunteerMinutes)}` : ''}
        </Text>
        {result.attendee ? <Attendee attendee={result.attendee} /> : null}
      </View>
    );
  }
  if (result.outcome === 'already_checked_in') {
    const when = result.checkedInAt ? `已于 ${formatTime(result.checkedInAt)} ` : '已';
    const by = result.checkedInBy ? `由 ${result.checkedInBy} ` : '';
    return (
      <View className='scan-result scan-result--repeat'>
        <Text className='scan-result__title'>重复签到</Text>
        <Text className='scan-result__when'>{`${when}${by}签到`}</Text>
        {result.attendee ? <Attendee attendee={result.attendee} /> : null}
      </View>
    );
  }
  return (
    <View className='scan-result scan-result--refused'>
      <Text className='scan-result__title'>
        {result.outcome === 'not_checked_in' || result.outcome === 'checkout_before_checkin' ? '不能签退' : '不能入场'}
      </Text>
      <Text className='scan-result__note'>{REFUSAL[result.outcome] ?? '入场券无效'}</Text>
      {result.attendee ? <Attendee attendee={result.attendee} /> : null}
    </View>
  );
}
