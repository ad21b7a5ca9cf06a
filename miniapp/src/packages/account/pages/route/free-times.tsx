import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type FreeWindow, MAX_FREE_WINDOWS } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';

import { DAY_OPTIONS, newWindow, WINDOW_PRESETS, windowLabel } from './route-model';

interface FreeTimesProps {
  windows: FreeWindow[];
  onChange: (windows: FreeWindow[]) => void;
}

/** The times a rider is usually free (China time): a preset on every day, workdays or weekends. */
export function FreeTimes({ windows, onChange }: FreeTimesProps) {
  const [preset, setPreset] = useState(WINDOW_PRESETS[2].value);
  const [days, setDays] = useState(DAY_OPTIONS[0].value);
  const candidate = newWindow(windows, preset, days);
  const full = windows.length >= MAX_FREE_WINDOWS;

  return (
    <View className='route-page__card free-times'>
      <Text className='form-field__label'>空闲时段</Text>
      <Text className='route-page__hint'>在您空闲时来得及上门的顺路工单排在最前，标上“在您的空闲时段”。</Text>
      {windows.length === 0 ? <Text className='route-page__summary'>还没有设置空闲时段</Text> : null}
      {windows.map((window, index) => (
        <View key={windowLabel(window)} className='free-times__row'>
          <Text className='free-times__label'>{windowLabel(window)}</Text>
          <Text className='free-times__remove' onClick={() => onChange(windows.filter((_, i) => i !== index))}>
            删除
          </Text>
        </View>
      ))}
      <Text className='form-field__label free-times__add-label'>添加时段</Text>
      <ChoiceChips
        className='free-times__presets'
        options={WINDOW_PRESETS}
        selected={[preset]}
        onChange={([value]) => setPreset(value)}
      />
      <ChoiceChips
        className='free-times__days'
        options={DAY_OPTIONS}
        selected={[days]}
        onChange={([value]) => setDays(value)}
      />
      <Button
        className='free-times__add'
        disabled={!candidate || full}
        onClick={() => candidate && onChange([...windows, candidate])}
      >
        {full ? `最多 ${MAX_FREE_WINDOWS} 个时段` : candidate ? '添加' : '已添加'}
      </Button>
    </View>
  );
}
