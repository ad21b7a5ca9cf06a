import { Text, View } from '@tarojs/components';
import { FigurePeriodKind } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';
import { DateField } from '@/components/DateField';

import {
  chooseKind,
  customPeriodProblem,
  hasNextPeriod,
  PERIOD_KIND_LABEL,
  type PeriodChoice,
  periodLabel,
  periodRange,
  shiftPeriod,
} from './period';

const KIND_OPTIONS = Object.values(FigurePeriodKind).map((kind) => ({ value: kind, label: PERIOD_KIND_LABEL[kind] }));
const STEP_UNIT: Record<Exclude<FigurePeriodKind, 'custom'>, string> = {
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};

interface PeriodPickerProps {
  value: PeriodChoice;
  today: string;
  onChange: (value: PeriodChoice) => void;
}

/** 本周 / 本月 / 本季度 / 本年 with arrows to the periods before (and after, up to now), or 自定义 with two dates. */
export function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const kind = value.kind;
  const problem = kind === FigurePeriodKind.Custom ? customPeriodProblem(value.from, value.to) : null;
  return (
    <View className='period-picker'>
      <ChoiceChips
        className='staff-chips period-picker__kinds'
        options={KIND_OPTIONS}
        selected={[kind]}
        onChange={([next]) => next && onChange(chooseKind(value, next as FigurePeriodKind, today))}
      />
      {kind === FigurePeriodKind.Custom ? (
        <View className='period-picker__custom'>
          <DateField
            className='period-picker__from'
            label='开始'
            value={value.from}
            max={today}
            onChange={(from) => onChange({ ...value, from })}
          />
          <DateField
            className='period-picker__to'
            label='结束'
            value={value.to}
            min={value.from}
            max={today}
            onChange={(to) => onChange({ ...value, to })}
          />
          {problem ? <Text className='form-error period-picker__problem'>{problem}</Text> : null}
        </View>
      ) : (
        <View className='period-picker__steps'>
          <Text
            className='period-picker__prev'
            onClick={() => onChange({ ...value, date: shiftPeriod(kind, value.date, -1) })}
          >
            ‹ 上一{STEP_UNIT[kind]}
          </Text>
          <Text className='period-picker__label'>{periodLabel(value)}</Text>
          {hasNextPeriod(kind, value.date, today) ? (
            <Text
              className='period-picker__next'
              onClick={() => onChange({ ...value, date: shiftPeriod(kind, value.date, 1) })}
            >
              下一{STEP_UNIT[kind]} ›
            </Text>
          ) : (
            <Text className='period-picker__next period-picker__next--off'>下一{STEP_UNIT[kind]} ›</Text>
          )}
          {periodRange(kind, value.date).from === periodRange(kind, today).from ? null : (
            <Text className='period-picker__today' onClick={() => onChange({ ...value, date: today })}>
              回到{PERIOD_KIND_LABEL[kind]}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
