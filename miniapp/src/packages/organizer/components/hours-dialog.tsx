import { Dialog, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RosterEntry } from '@tongxin/types';
import { useState } from 'react';

import { useAdjustHoursMutation, useAdjustmentsQuery } from '@/hooks/use-volunteer-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

import { hoursText } from './scan-result-card';

interface HoursDialogProps {
  eventId: string;
  /** The event's length: the most that can be counted. */
  maxMinutes: number;
  entry: RosterEntry | null;
  onClose: () => void;
}

/** Hours as typed (1.5, 2) in whole minutes; null when it is not a number from 0 to `max`. */
export function minutesFromHours(text: string, maxMinutes: number): number | null {
  if (!/^\d+(\.\d)?$/.test(text.trim())) return null;
  const minutes = Math.round(Number(text) * 60);
  return minutes <= maxMinutes ? minutes : null;
}

/**
 * 调整时长: the organizer sets a volunteer's counted time (a forgotten 签退, a wrong phone clock) with a reason the
 * volunteer reads in their 志愿服务记录; points move by the difference. Earlier adjustments are listed below.
 */
export function HoursDialog({ eventId, maxMinutes, entry, onClose }: HoursDialogProps) {
  const adjust = useAdjustHoursMutation(eventId);
  const history = useAdjustmentsQuery(eventId, entry?.registrationId ?? '', entry !== null);
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setHours('');
    setReason('');
    setError(null);
    onClose();
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    if (!entry) return;
    const minutes = minutesFromHours(hours, maxMinutes);
    if (minutes === null) {
      setError(`请填写 0 到 ${hoursText(maxMinutes)} 之间的时长，如 1.5`);
      throw new Error('hours');
    }
    if (reason.trim().length < 2) {
      setError('请写下调整原因（志愿者可以看到）');
      throw new Error('reason');
    }
    setError(null);
    try {
      const done = await adjust.mutateAsync({ registrationId: entry.registrationId, minutes, reason: reason.trim() });
      const points = done.pointsDelta === 0 ? '' : `，积分 ${done.pointsDelta > 0 ? '+' : ''}${done.pointsDelta}`;
      Taro.showToast({ title: `已调整为 ${hoursText(minutes)}${points}`, icon: 'none' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
    close();
  }

  const current = entry?.volunteerMinutes;
  return (
    <Dialog
      className='hours-dialog'
      visible={entry !== null}
      title={entry ? `调整 ${entry.name} 的服务时长` : '调整服务时长'}
      confirmText='保存'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      <View className='hours-dialog__field'>
        <Text className='form-hint'>
          {current != null ? `现在记录 ${hoursText(current)}` : '还没有记录时长'}，最多 {hoursText(maxMinutes)}
          （活动时长）
        </Text>
        <Input
          className='form-field__input hours-dialog__hours'
          type='digit'
          placeholder='服务时长（小时），如 1.5'
          value={hours}
          onChange={setHours}
        />
      </View>
      <TextArea
        className='hours-dialog__reason'
        placeholder='调整原因，如：忘记签退，按实际离开时间补记'
        maxLength={200}
        value={reason}
        onChange={setReason}
      />
      {error ? <Text className='form-error hours-dialog__error'>{error}</Text> : null}
      {history.data && history.data.items.length > 0 ? (
        <View className='hours-dialog__history'>
          <Text>调整记录</Text>
          {history.data.items.map((a) => (
            <Text key={a.id} className='hours-dialog__change'>
              {`${formatDateTime(a.createdAt)} ${a.actorName}：${hoursText(a.minutesBefore)} → ${hoursText(a.minutesAfter)}（${a.reason}）`}
            </Text>
          ))}
        </View>
      ) : null}
    </Dialog>
  );
}
