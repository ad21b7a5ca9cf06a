import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { DISPUTE_KIND_LABEL, type DisputeKind } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';

import { type CaseFormErrors, type CaseFormValues, LIMITS } from './case-form-model';
import { PartyField } from './party-field';

const KINDS = (Object.keys(DISPUTE_KIND_LABEL) as DisputeKind[]).map((k) => ({
  value: k,
  label: DISPUTE_KIND_LABEL[k],
}));
const TIMES = ['工作日白天', '工作日晚上', '周末', '都可以'].map((t) => ({ value: t, label: t }));

interface CaseFieldsProps {
  communityId: string;
  values: CaseFormValues;
  errors: CaseFormErrors;
  onChange: (patch: Partial<CaseFormValues>) => void;
}

function FieldError({ text, name }: { text?: string; name: string }) {
  return text ? <Text className={`form-error case-form__${name}-error`}>{text}</Text> : null;
}

/** The dispute itself, in both forms: kind, the other party, what happened, what is hoped for, convenient times. */
export function CaseFields({ communityId, values, errors, onChange }: CaseFieldsProps) {
  return (
    <>
      <View className='form-card'>
        <Text className='form-card__title'>纠纷类型</Text>
        <ChoiceChips
          className='case-form__kinds'
          options={KINDS}
          selected={values.kind ? [values.kind] : []}
          onChange={([kind]) => onChange({ kind: (kind as DisputeKind | undefined) ?? null })}
        />
        <FieldError text={errors.kind} name='kind' />
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>对方当事人</Text>
        <PartyField
          communityId={communityId}
          value={values.party}
          error={errors.party}
          phoneError={errors.partyPhone}
          onChange={(party) => onChange({ party })}
        />
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>事情经过</Text>
        <TextArea
          className='mediation-textarea case-form__account'
          placeholder='什么时候、发生了什么、双方沟通过吗'
          maxLength={LIMITS.account}
          value={values.account}
          onChange={(account) => onChange({ account })}
        />
        <FieldError text={errors.account} name='account' />
        <Text className='form-field__label'>希望达成</Text>
        <TextArea
          className='mediation-textarea case-form__hopes'
          placeholder='希望对方怎么做，或希望怎样解决'
          maxLength={LIMITS.hopes}
          value={values.hopes}
          onChange={(hopes) => onChange({ hopes })}
        />
        <FieldError text={errors.hopes} name='hopes' />
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>方便调解的时间（选填）</Text>
        <ChoiceChips
          className='case-form__times'
          options={TIMES}
          selected={[values.preferredTimes]}
          onChange={([time]) => onChange({ preferredTimes: time ?? '' })}
        />
        <Input
          className='form-field__input case-form__times-text'
          placeholder='或写具体时间，如：周三下午'
          maxLength={LIMITS.preferredTimes}
          value={values.preferredTimes}
          onChange={(preferredTimes) => onChange({ preferredTimes })}
        />
        <FieldError text={errors.preferredTimes} name='preferredTimes' />
      </View>
    </>
  );
}
