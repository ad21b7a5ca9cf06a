import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { REGISTRATION_STATUS_LABEL, type RosterEntry } from '@tongxin/types';

import { formatTime } from '../../../utils/format-date';
import { dependentsText } from './scan-result-card';

interface RosterRowProps {
  entry: RosterEntry;
  busy: boolean;
  onCheckIn: (entry: RosterEntry) => void;
  onUndo: (entry: RosterEntry) => void;
  onApprove: (entry: RosterEntry) => void;
}

/** One person on the roster: status, check-in (when, by whom) and the action that fits. */
export function RosterRow({ entry, busy, onCheckIn, onUndo, onApprove }: RosterRowProps) {
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
      </View>
    </View>
  );
}
