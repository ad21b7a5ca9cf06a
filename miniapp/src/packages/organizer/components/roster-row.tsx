import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REGISTRATION_STATUS_LABEL, type RosterEntry } from '@tongxin/types';

import { formatTime } from '@/utils/format-date';

import { dependentsText } from './scan-result-card';

interface RosterRowProps {
  entry: RosterEntry;
  busy: boolean;
  onCheckIn: (entry: RosterEntry) => void;
  onUndo: (entry: RosterEntry) => void;
  onApprove: (entry: RosterEntry) => void;
  onReject: (entry: RosterEntry) => void;
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
export function RosterRow({ entry, busy, onCheckIn, onUndo, onApprove, onReject }: RosterRowProps) {
  const checkedIn = entry.checkedInAt !== null;
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
      <View className='roster-row__actions'>
        {entry.status === 'confirmed' && !checkedIn ? (
          <Button className='roster-row__checkin' type='primary' loading={busy} onClick={() => onCheckIn(entry)}>
            手动签到
          </Button>
        ) : null}
        {checkedIn && entry.checkinId ? (
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
