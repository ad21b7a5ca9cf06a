import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REGISTRATION_STATUS_LABEL, type RosterEntry } from '@tongxin/types';

import { formatTime } from '@/utils/format-date';

import { dependentsText, hoursText } from './scan-result-card';

interface RosterRowProps {
  entry: RosterEntry;
  busy: boolean;
  onCheckIn: (entry: RosterEntry) => void;
  onUndo: (entry: RosterEntry) => void;
  onApprove: (entry: RosterEntry) => void;
  onReject: (entry: RosterEntry) => void;
  /** A volunteer event: 签退 and service hours, with these actions. */
  volunteer?: { onCheckOut: (entry: RosterEntry) => void; onAdjust: (entry: RosterEntry) => void };
}

/** 已签退 12:01 · 服务时长 2.0 小时, or 未签退 (with what an adjustment set, if any). */
function volunteerState(entry: RosterEntry): string {
  const hours = entry.volunteerMinutes != null ? `服务时长 ${hoursText(entry.volunteerMinutes)}` : '';
  if (entry.checkedOutAt) return `已签退 ${formatTime(entry.checkedOutAt)}${hours ? ` · ${hours}` : ''}`;
  return hours ? `未签退 · ${hours}（已调整）` : '未签退';
}

/** Turning a sign-up down cannot be undone: ask first. */
async function confirmReject(entry: RosterEntry): Promise<boolean> {
  const answer = await Taro.showModal({
    title: '拒绝报名',
    content: `确定不通过 ${entry.name} 的报名？对方会收到通知。`,
    confirmText: '拒绝',
    cancelText: '再想想',
  });
  return answer.confirm;
}

/** One person on the roster: status, check-in (when, by whom) and the action that fits. */
export function RosterRow({ entry, busy, onCheckIn, onUndo, onApprove, onReject, volunteer }: RosterRowProps) {
  const checkedIn = entry.checkedInAt !== null;
  const checkedOut = Boolean(entry.checkedOutAt);
  return (
    <View className={`roster-row roster-row--${checkedIn ? 'in' : 'out'}`}>
      <Text className='roster-row__name'>{entry.name}</Text>
      <Text className='roster-row__meta'>
        {entry.phone ?? '无手机号'} · {REGISTRATION_STATUS_LABEL[entry.status] ?? entry.status}
      </Text>
      {entry.dependents.length > 0 ? (
        <Text className='roster-row__meta'>随行：{dependentsText(entry.dependents)}</Text>
      ) : null}
      <Text className={`roster-row__state roster-row__state--${checkedIn ? 'in' : 'out'}`}>
        {entry.checkedInAt
          ? `已签到 ${formatTime(entry.checkedInAt)}${entry.checkedInBy ? ` · ${entry.checkedInBy}` : ''}`
          : '未签到'}
      </Text>
      {volunteer && checkedIn ? <Text className='roster-row__hours'>{volunteerState(entry)}</Text> : null}
      <View className='roster-row__actions'>
        {entry.status === 'confirmed' && !checkedIn ? (
          <Button className='roster-row__checkin' type='primary' loading={busy} onClick={() => onCheckIn(entry)}>
            手动签到
          </Button>
        ) : null}
        {volunteer && checkedIn && !checkedOut ? (
          <Button
            className='roster-row__checkout'
            type='primary'
            loading={busy}
            onClick={() => volunteer.onCheckOut(entry)}
          >
            手动签退
          </Button>
        ) : null}
        {volunteer && checkedIn ? (
          <Button
            className='roster-row__adjust'
            fill='outline'
            loading={busy}
            onClick={() => volunteer.onAdjust(entry)}
          >
            调整时长
          </Button>
        ) : null}
        {checkedIn && entry.checkinId && !checkedOut ? (
          <Button className='roster-row__undo' fill='outline' loading={busy} onClick={() => onUndo(entry)}>
            撤销签到
          </Button>
        ) : null}
        {entry.status === 'pending_approval' ? (
          <Button className='roster-row__approve' type='primary' loading={busy} onClick={() => onApprove(entry)}>
            通过报名
          </Button>
        ) : null}
        {entry.status === 'pending_approval' ? (
          <Button
            className='roster-row__reject'
            fill='outline'
            loading={busy}
            onClick={() => void confirmReject(entry).then((yes) => yes && onReject(entry))}
          >
            拒绝
          </Button>
        ) : null}
      </View>
    </View>
  );
}
