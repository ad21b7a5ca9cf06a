import '../../components/mediation.scss';

import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import type { PickedCommunity } from '@/components/CommunityPicker';
import { StaffPage } from '@/components/StaffPage';
import { useOpenWalkInMutation } from '@/hooks/use-mediation-query';
import { PagePath } from '@/routes';

import { CaseFields } from '../../components/case-fields';
import {
  type CaseFormErrors,
  EMPTY_PARTY,
  LIMITS,
  toWalkInRequest,
  validateWalkIn,
  type WalkInFormValues,
} from '../../components/case-form-model';
import { mediationErrorMessage } from '../../components/mediation-error';
import { StudioCommunityPicker } from '../../components/studio-community';

const SOURCES = [
  { value: 'walk_in', label: '来访' },
  { value: 'phone', label: '来电' },
];

const EMPTY: WalkInFormValues = {
  source: 'walk_in',
  requesterName: '',
  requesterPhone: '',
  kind: null,
  party: EMPTY_PARTY,
  account: '',
  hopes: '',
  preferredTimes: '',
};

/** 登记来访: the 负责人 opens a case for someone who came in or called (a name and phone, member or not). */
export default function MediationWalkInPage() {
  const [community, setCommunity] = useState<PickedCommunity | null>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const open = useOpenWalkInMutation();
  const set = (patch: Partial<WalkInFormValues>) => setValues((current) => ({ ...current, ...patch }));

  async function submit(): Promise<void> {
    const found = validateWalkIn(values);
    setErrors(found);
    const missing = !community ? '请选择社区' : Object.keys(found).length > 0 ? '请按提示补全后再提交' : null;
    setFormError(missing);
    if (missing || !community) return;
    try {
      const created = await open.mutateAsync(toWalkInRequest(community.id, values));
      Taro.showToast({ title: '已登记', icon: 'success' });
      Taro.redirectTo({ url: PagePath.MediationDetail(created.id) });
    } catch (failure) {
      setFormError(mediationErrorMessage(failure));
    }
  }

  return (
    <StaffPage title='登记来访' className='mediation-walk-in-page'>
      <StudioCommunityPicker selected={community} onChange={setCommunity} />
      <View className='form-card case-form walk-in-form'>
        <Text className='form-card__title'>申请人</Text>
        <ChoiceChips
          className='walk-in-form__source'
          options={SOURCES}
          selected={[values.source]}
          onChange={([source]) => set({ source: source === 'phone' ? 'phone' : 'walk_in' })}
        />
        <Input
          className='form-field__input walk-in-form__name'
          placeholder='申请人姓名'
          maxLength={LIMITS.name}
          value={values.requesterName}
          onChange={(requesterName) => set({ requesterName })}
        />
        {errors.requesterName ? <Text className='form-error'>{errors.requesterName}</Text> : null}
        <Input
          className='form-field__input walk-in-form__phone'
          type='tel'
          placeholder='申请人手机号'
          maxLength={13}
          value={values.requesterPhone}
          onChange={(requesterPhone) => set({ requesterPhone })}
        />
        {errors.requesterPhone ? <Text className='form-error'>{errors.requesterPhone}</Text> : null}
      </View>
      {community ? <CaseFields communityId={community.id} values={values} errors={errors} onChange={set} /> : null}
      {formError ? <Text className='form-error walk-in-form__error'>{formError}</Text> : null}
      <Button
        className='form-submit walk-in-form__submit'
        type='primary'
        block
        loading={open.isPending}
        onClick={submit}
      >
        登记案件
      </Button>
    </StaffPage>
  );
}
