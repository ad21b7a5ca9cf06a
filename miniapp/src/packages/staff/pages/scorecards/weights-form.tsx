import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorCode, ScorecardPart, type ScorecardWeights } from '@tongxin/types';
import { useState } from 'react';

import { usePutScorecardWeightsMutation } from '@/hooks/use-staff-figures-query';
import { errorMessage, isApiError } from '@/services/api-error';

import { checkWeights, SCORECARD_PART_LABEL, weightPercents, weightsInput } from './weights';

interface WeightsFormProps {
  streetId: string;
  streetName: string;
  weights: ScorecardWeights;
}

function saveError(failure: unknown): string {
  if (isApiError(failure) && failure.code === ErrorCode.WeightsInvalid) {
    return `权重未保存：${failure.message}（每项须为 0 或正整数，且不能都为 0）`;
  }
  return errorMessage(failure);
}

/** Street admins: the weights of their street's 网格专项考评; every grid's score follows at once. */
export function WeightsForm({ streetId, streetName, weights }: WeightsFormProps) {
  const save = usePutScorecardWeightsMutation(streetId);
  const [input, setInput] = useState(() => weightsInput(weights));
  const [tried, setTried] = useState(false);
  const check = checkWeights(input);
  const percents = check.weights ? weightPercents(check.weights) : null;

  function submit(): void {
    setTried(true);
    if (!check.weights) return;
    save.mutate(check.weights, { onSuccess: () => Taro.showToast({ title: '权重已保存', icon: 'success' }) });
  }

  return (
    <View className='form-card weights-form'>
      <Text className='form-card__title'>{`考评权重（${streetName}）`}</Text>
      <Text className='form-field__sublabel'>每项为不小于 0 的整数，得分按权重加权平均；没有数据的一项不计入。</Text>
      <View className='weights-form__fields'>
        {ScorecardPart.map((part) => (
          <View key={part} className={`form-field weights-form__field weights-form__field--${part}`}>
            <Text className='form-field__label'>{SCORECARD_PART_LABEL[part]}</Text>
            <Input
              className='form-field__input weights-form__input'
              type='number'
              value={input[part]}
              onChange={(value) => setInput((current) => ({ ...current, [part]: value }))}
            />
            {check.fields[part] && (tried || input[part] !== '') ? (
              <Text className='form-error weights-form__field-error'>{check.fields[part]}</Text>
            ) : percents ? (
              <Text className='weights-form__share'>{`占 ${percents[part]}%`}</Text>
            ) : null}
          </View>
        ))}
      </View>
      {check.problem ? <Text className='form-error weights-form__problem'>{check.problem}</Text> : null}
      {save.error ? <Text className='form-error weights-form__error'>{saveError(save.error)}</Text> : null}
      <Button
        className='form-submit weights-form__save'
        type='primary'
        block
        loading={save.isPending}
        disabled={tried && !check.weights}
        onClick={submit}
      >
        保存权重
      </Button>
    </View>
  );
}
