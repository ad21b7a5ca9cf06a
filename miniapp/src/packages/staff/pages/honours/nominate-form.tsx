import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  HONOUR_KIND_LABEL,
  HonourKind,
  type MemberSummary,
  type NominateHonourRequest,
  type PlaceUnitSummary,
} from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useNominateHonourMutation } from '@/hooks/use-honours-query';
import { pointsErrorMessage } from '@/utils/points-error-message';

import { BusinessPicker } from '../../components/business-picker';
import { MemberPicker } from '../../components/member-picker';

const MAX_CITATION = 300;
const MAX_DAYS = 365;
const KIND_OPTIONS = [HonourKind.Person, HonourKind.Business].map((value) => ({
  value,
  label: HONOUR_KIND_LABEL[value],
}));

/** Nominate a member (石榴籽个人) or a business of the community; another staff member publishes it. */
export function NominateForm({ communityId }: { communityId: string }) {
  const [kind, setKind] = useState<HonourKind>(HonourKind.Person);
  const [member, setMember] = useState<MemberSummary | null>(null);
  const [business, setBusiness] = useState<PlaceUnitSummary | null>(null);
  const [citation, setCitation] = useState('');
  const [days, setDays] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const nominate = useNominateHonourMutation();

  function submit(): void {
    const publishDays = Number(days);
    // Exactly one of memberId / businessUnitId goes out, matching the kind; the API refuses both.
    let nominee: Pick<NominateHonourRequest, 'memberId' | 'businessUnitId'> | null = null;
    if (kind === HonourKind.Person && member) nominee = { memberId: member.id };
    if (kind === HonourKind.Business && business) nominee = { businessUnitId: business.id };
    let problem: string | null = null;
    if (!nominee) problem = kind === HonourKind.Person ? '请选择被提名的成员' : '请选择被提名的商户';
    else if (!citation.trim()) problem = '请填写推荐事迹';
    else if (!Number.isInteger(publishDays) || publishDays < 1 || publishDays > MAX_DAYS) {
      problem = `展示天数须为 1–${MAX_DAYS} 的整数`;
    }
    setError(problem);
    if (problem || !nominee) return;
    nominate.mutate(
      { communityId, kind, ...nominee, citation: citation.trim(), publishDays },
      {
        onSuccess: () => {
          Taro.showToast({ title: '已提名，等待另一位工作人员审核', icon: 'none' });
          setMember(null);
          setBusiness(null);
          setCitation('');
        },
        onError: (failure) => setError(pointsErrorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card nominate-form'>
      <Text className='form-card__title'>提名{HONOUR_KIND_LABEL[kind]}</Text>
      <ChoiceChips
        className='nominate-form__kind'
        options={KIND_OPTIONS}
        selected={[kind]}
        onChange={([value]) => {
          setKind(value === HonourKind.Business ? HonourKind.Business : HonourKind.Person);
          setError(null);
        }}
      />
      {kind === HonourKind.Person ? (
        <View className='form-field'>
          <Text className='form-field__label'>被提名人{member ? `：${member.nickname}` : ''}</Text>
          <MemberPicker communityId={communityId} selected={member} onChange={setMember} />
        </View>
      ) : (
        <View className='form-field'>
          <Text className='form-field__label'>被提名商户{business ? `：${business.name}` : ''}</Text>
          <BusinessPicker communityId={communityId} selected={business} onChange={setBusiness} />
        </View>
      )}
      <View className='form-field'>
        <Text className='form-field__label'>推荐事迹</Text>
        <TextArea
          className='form-field__input nominate-form__citation'
          placeholder='例如：常年义务照看楼里的独居老人'
          maxLength={MAX_CITATION}
          value={citation}
          onChange={setCitation}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>通过后展示天数</Text>
        <Input className='form-field__input nominate-form__days' type='digit' value={days} onChange={setDays} />
      </View>
      {error ? <Text className='form-error nominate-form__error'>{error}</Text> : null}
      <Button
        className='form-submit nominate-form__submit'
        type='primary'
        block
        loading={nominate.isPending}
        onClick={submit}
      >
        提交提名
      </Button>
    </View>
  );
}
