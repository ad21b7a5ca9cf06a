import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { MAX_SERIES_SESSIONS, WEEKDAY_LABEL } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';

import { type EventFormValues, seriesSummary, weekdayOf } from './event-form-model';

const REPEAT_OPTIONS = [
  { value: 'none', label: '不重复' },
  { value: 'weekly', label: '每周' },
];

const WEEKDAY_OPTIONS = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: WEEKDAY_LABEL[day]! }));

interface RepeatFieldsProps {
  values: EventFormValues;
  onChange: (patch: Partial<EventFormValues>) => void;
}

/** 重复: 不重复, or 每周 on chosen weekdays for a number of sessions (红石榴课堂 every Tuesday for 12 weeks). */
export function RepeatFields({ values, onChange }: RepeatFieldsProps) {
  const weekly = values.repeat === 'weekly';
  const summary = seriesSummary(values);
  return (
    <View className='form-field event-form__repeat'>
      <Text className='form-field__label'>重复</Text>
      <ChoiceChips
        className='event-form__repeat-choice'
        options={REPEAT_OPTIONS}
        selected={[values.repeat]}
        onChange={([v]) => {
          if (v !== 'weekly') return onChange({ repeat: 'none' });
          // The day written is the first session's: its weekday is the natural first choice.
          const day = weekdayOf(values.date);
          onChange({ repeat: 'weekly', weekdays: values.weekdays.length || !day ? values.weekdays : [day] });
        }}
      />
      {weekly ? (
        <>
          <Text className='form-field__label'>每周哪几天</Text>
          <ChoiceChips
            className='event-form__weekdays'
            multiple
            options={WEEKDAY_OPTIONS}
            selected={values.weekdays.map(String)}
            onChange={(days) => onChange({ weekdays: days.map(Number) })}
          />
          <Text className='form-field__label'>共几场</Text>
          <Input
            className='form-field__input event-form__session-count'
            type='digit'
            placeholder={`2–${MAX_SERIES_SESSIONS}`}
            value={values.sessionCount}
            onChange={(sessionCount) => onChange({ sessionCount })}
          />
          {summary ? <Text className='form-hint event-form__series-summary'>{summary}</Text> : null}
          <Text className='form-hint'>每一场都是一个活动，可单独编辑、取消；居民可报名一场或全部场次</Text>
        </>
      ) : null}
    </View>
  );
}
