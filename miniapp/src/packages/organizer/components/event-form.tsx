import { Button, Input, Switch, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { DEFAULT_CHECKIN_WINDOW_MINUTES, EVENT_TYPE_LABEL, type EventType } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';

import {
  checkinWindowText,
  type EventBody,
  type EventFormValues,
  type SeriesBody,
  toEventBody,
  toSeriesBody,
} from './event-form-model';
import { RepeatFields } from './repeat-fields';

const TYPE_OPTIONS = (Object.keys(EVENT_TYPE_LABEL) as EventType[]).map((type) => ({
  value: type,
  label: EVENT_TYPE_LABEL[type],
}));

type TextKey =
  | 'title'
  | 'venue'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'capacity'
  | 'pointsReward'
  | 'signupOpens'
  | 'signupCloses'
  | 'cancelDeadlineHours'
  | 'coverUrl';

interface FieldSpec {
  key: TextKey;
  label: string;
  placeholder: string;
  type?: 'digit';
}

const FIELDS: FieldSpec[] = [
  { key: 'title', label: '活动名称', placeholder: '如：红石榴课堂·民族团结故事会' },
  { key: 'venue', label: '地点', placeholder: '如：阿吉拉沁社区党群服务中心' },
  { key: 'date', label: '日期', placeholder: '2026-11-28' },
  { key: 'startTime', label: '开始时间', placeholder: '14:00' },
  { key: 'endTime', label: '结束时间', placeholder: '16:00' },
  { key: 'capacity', label: '名额（人）', placeholder: '30', type: 'digit' },
  { key: 'pointsReward', label: '参加可得积分', placeholder: '10', type: 'digit' },
];

const MORE_FIELDS: FieldSpec[] = [
  { key: 'signupOpens', label: '报名开始（选填）', placeholder: '2026-11-21 09:00，不填则发布即可报名' },
  { key: 'signupCloses', label: '报名截止（选填）', placeholder: '2026-11-28 12:00，不填则开始前均可报名' },
  { key: 'cancelDeadlineHours', label: '开始前几小时停止取消', placeholder: '2', type: 'digit' },
  { key: 'coverUrl', label: '封面图片地址（选填）', placeholder: 'https://…' },
];

interface EventFormProps {
  initial: EventFormValues;
  submitText: string;
  busy: boolean;
  serverError: string | null;
  onSubmit: (body: EventBody) => void;
  /** Creating: the 重复 section is offered, and a weekly choice is sent here as a series. */
  onSubmitSeries?: (body: SeriesBody) => void;
}

/** Create or edit an event: name, type, place, time (China time), places, points, sign-up window, approval. */
export function EventForm({ initial, submitText, busy, serverError, onSubmit, onSubmitSeries }: EventFormProps) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<EventFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const checkin = checkinWindowText(values, DEFAULT_CHECKIN_WINDOW_MINUTES);

  function field(spec: FieldSpec) {
    return (
      <View key={spec.key} className={`form-field event-form__${spec.key}`}>
        <Text className='form-field__label'>{spec.label}</Text>
        <Input
          className='form-field__input'
          type={spec.type ?? 'text'}
          placeholder={spec.placeholder}
          value={values[spec.key]}
          onChange={(value) => set({ [spec.key]: value })}
        />
      </View>
    );
  }

  function submit(): void {
    if (onSubmitSeries && values.repeat === 'weekly') {
      const series = toSeriesBody(values);
      setError('error' in series ? series.error : null);
      if ('body' in series) onSubmitSeries(series.body);
      return;
    }
    const parsed = toEventBody(values);
    setError('error' in parsed ? parsed.error : null);
    if ('body' in parsed) onSubmit(parsed.body);
  }

  return (
    <View className='form-card event-form'>
      {FIELDS.map(field)}
      {checkin ? <Text className='form-hint event-form__checkin'>{`签到时间：${checkin}（凭票扫码签到）`}</Text> : null}
      {onSubmitSeries ? <RepeatFields values={values} onChange={set} /> : null}
      <View className='form-field event-form__type'>
        <Text className='form-field__label'>类型</Text>
        <ChoiceChips
          options={TYPE_OPTIONS}
          selected={[values.type]}
          onChange={([v]) => v && set({ type: v as EventType })}
        />
      </View>
      <View className='form-field event-form__description'>
        <Text className='form-field__label'>活动介绍</Text>
        <TextArea
          className='form-field__input'
          placeholder='内容、适合人群、需要带的东西'
          value={values.description}
          onChange={(description) => set({ description })}
        />
      </View>
      {MORE_FIELDS.map(field)}
      <View className='form-field event-form__approval'>
        <Text className='form-field__label'>报名需要审核</Text>
        <Switch checked={values.needsApproval} onChange={(needsApproval) => set({ needsApproval })} />
      </View>
      {error || serverError ? <Text className='form-error event-form__error'>{error ?? serverError}</Text> : null}
      <Button className='form-submit event-form__submit' type='primary' block loading={busy} onClick={submit}>
        {submitText}
      </Button>
    </View>
  );
}
