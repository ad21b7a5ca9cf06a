import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

import { ChoiceChips } from '@/components/ChoiceChips';

import { RELATIONS } from './link-model';
import type { LinkForm } from './use-link-form';

interface LinkFieldsProps {
  form: LinkForm;
  phoneLabel: string;
  relationLabel: string;
}

/** A phone number, the family relation and what went wrong: 申请为家人代办 and 登记家属代办 ask the same two things. */
export function LinkFields({ form, phoneLabel, relationLabel }: LinkFieldsProps) {
  const { errors } = form;
  return (
    <View className='link-fields'>
      <Text className='form-field__label'>{phoneLabel}</Text>
      <Input
        className='form-field__input link-fields__phone'
        type='tel'
        placeholder='11 位手机号'
        maxLength={13}
        value={form.phone}
        onChange={form.setPhone}
      />
      {errors.phone ? <Text className='form-error'>{errors.phone}</Text> : null}
      <Text className='form-field__label'>{relationLabel}</Text>
      <ChoiceChips
        className='link-fields__relations'
        options={RELATIONS}
        selected={form.relation ? [form.relation] : []}
        onChange={([relation]) => relation && form.setRelation(relation)}
      />
      {errors.relation ? <Text className='form-error'>{errors.relation}</Text> : null}
      {form.formError ? <Text className='form-error'>{form.formError}</Text> : null}
    </View>
  );
}
