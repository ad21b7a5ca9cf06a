import { Picker, Text, View } from '@tarojs/components';

import type { DateFieldProps } from './date-field.h5';

/** Mini-program: WeChat's date picker, opened by a tap on the field. */
export function DateField({ label, value, min, max, onChange, className }: DateFieldProps) {
  return (
    <Picker mode='date' value={value} start={min} end={max} onChange={(event) => onChange(event.detail.value)}>
      <View className={['date-field', className ?? ''].filter(Boolean).join(' ')}>
        <Text className='date-field__label'>{label}</Text>
        <Text className='date-field__input'>{value || '请选择'}</Text>
      </View>
    </Picker>
  );
}
