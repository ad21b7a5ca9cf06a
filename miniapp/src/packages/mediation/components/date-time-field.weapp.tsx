import { Picker, Text, View } from '@tarojs/components';

import type { DateTimeFieldProps } from './date-time-field.h5';

/** Mini-program: WeChat's date picker and time picker side by side, each opened by a tap. */
export function DateTimeField({ date, time, minDate, onChange }: DateTimeFieldProps) {
  return (
    <View className='date-time-field'>
      <Picker
        mode='date'
        value={date}
        start={minDate}
        onChange={(event) => onChange({ date: event.detail.value, time })}
      >
        <Text className='date-time-field__input date-time-field__date'>{date || '选择日期'}</Text>
      </Picker>
      <Picker mode='time' value={time} onChange={(event) => onChange({ date, time: event.detail.value })}>
        <Text className='date-time-field__input date-time-field__time'>{time || '选择时间'}</Text>
      </Picker>
    </View>
  );
}
