import './choice-chips.scss';

import { Text, View } from '@tarojs/components';

export interface ChoiceOption {
  value: string;
  label: string;
}

interface ChoiceChipsProps {
  options: ChoiceOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Several may be ticked; otherwise a tap replaces the choice. */
  multiple?: boolean;
  className?: string;
}

/** Big tappable chips for a single or multiple choice (large touch targets for one-handed use). */
export function ChoiceChips({ options, selected, onChange, multiple = false, className }: ChoiceChipsProps) {
  function toggle(value: string): void {
    const isSelected = selected.includes(value);
    if (multiple) {
      onChange(isSelected ? selected.filter((v) => v !== value) : [...selected, value]);
    } else if (!isSelected) {
      onChange([value]);
    }
  }
  return (
    <View className={['choice-chips', className ?? ''].filter(Boolean).join(' ')}>
      {options.map((option) => {
        const isSelected = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={`choice-chip${isSelected ? ' choice-chip--selected' : ''}`}
            onClick={() => toggle(option.value)}
          >
            <Text className='choice-chip__label'>
              {multiple && isSelected ? '✓ ' : ''}
              {option.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
