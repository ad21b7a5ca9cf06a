import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ScheduleSessionRequest } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { chinaDay } from '@/utils/format-date';

import { ActionDialog } from './action-dialog';
import { DateTimeField } from './date-time-field';
import { chinaInstant, defaultSessionTime, sessionTimeError } from './session-time';

const VENUES = ['石榴调解工作室', '社区党群服务中心', '上门调解'].map((v) => ({ value: v, label: v }));
const MAX_VENUE = 100;

interface ScheduleDialogProps {
  send: (body: ScheduleSessionRequest) => Promise<unknown>;
  onClose: () => void;
}

/** 安排调解: when (a date and a time, China time) and where; the parties are told. */
export function ScheduleDialog({ send, onClose }: ScheduleDialogProps) {
  const [when, setWhen] = useState(defaultSessionTime);
  const [venue, setVenue] = useState('');

  function check(): string | null {
    const timeError = sessionTimeError(when.date, when.time);
    if (timeError) return timeError;
    if (!venue.trim()) return '请填写调解地点';
    return venue.trim().length > MAX_VENUE ? `地点最多 ${MAX_VENUE} 个字` : null;
  }

  return (
    <ActionDialog
      visible
      className='schedule-dialog'
      title='安排调解'
      confirmText='确定安排'
      check={check}
      send={() => send({ scheduledAt: chinaInstant(when.date, when.time) ?? '', venue: venue.trim() })}
      onClose={onClose}
    >
      <View className='form-field'>
        <Text className='form-field__label'>调解时间</Text>
        <DateTimeField date={when.date} time={when.time} minDate={chinaDay()} onChange={setWhen} />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>调解地点</Text>
        <ChoiceChips
          className='schedule-dialog__venues'
          options={VENUES}
          selected={[venue.trim()]}
          onChange={([v]) => setVenue(v ?? '')}
        />
        <Input
          className='form-field__input schedule-dialog__venue'
          placeholder='或填写其他地点'
          maxLength={MAX_VENUE}
          value={venue}
          onChange={setVenue}
        />
      </View>
      <Text className='form-hint'>安排后会通知双方当事人。</Text>
    </ActionDialog>
  );
}
