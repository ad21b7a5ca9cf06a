import { Text, View } from '@tarojs/components';
import type { MediationCaseView } from '@tongxin/types';

import { formatDateTime } from '@/utils/format-date';

import { caseSteps } from './case-steps';

/** 办理进度: the steps done, the one under way and those ahead. */
export function CaseTimeline({ c }: { c: MediationCaseView }) {
  return (
    <View className='case-timeline'>
      {caseSteps(c).map((step) => (
        <View key={step.key} className={`case-step case-step--${step.state} case-step--${step.key}`}>
          <View className='case-step__dot' />
          <View className='case-step__body'>
            <Text className='case-step__label'>{step.label}</Text>
            {step.at ? <Text className='case-step__meta'>{formatDateTime(step.at)}</Text> : null}
            {step.note ? <Text className='case-step__note'>{step.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
