import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { HonourKind, type MemberSummary } from '@tongxin/types';
import { useState } from 'react';

import { useNominateHonourMutation } from '../../../../hooks/use-honours-query';
import { pointsErrorMessage } from '../../../../utils/points-error-message';
import { MemberPicker } from '../../components/member-picker';

const MAX_CITATION = 300;
const MAX_DAYS = 365;

/** Nominate a member for 石榴籽个人; another staff member publishes it. */
export function NominateForm({ communityId }: { communityId: string }) {
  const [member, setMember] = useState<MemberSummary | null>(null);
  const [citation, setCitation] = useState('');
  const [days, setDays] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const nominate = useNominateHonourMutation();

  function submit(): void {
    const publishDays = Number(days);
    let problem: string | null = null;
    if (!member) problem = '请选择被提名的成员';
    else if (!citation.trim()) problem = '请填写推荐事迹';
    else if (!Number.isInteger(publishDays) || publishDays < 1 || publishDays > MAX_DAYS) {
      problem = `展示天数须为 1–${MAX_DAYS} 的整数`;
    }
    setError(problem);
    if (problem || !member) return;
    nominate.mutate(
      { communityId, kind: HonourKind.Person, memberId: member.id, citation: citation.trim(), publishDays },
      {
        onSuccess: () => {
          Taro.showToast({ title: '已提名，等待另一位工作人员审核', icon: 'none' });
          setMember(null);
          setCitation('');
        },
        onError: (failure) => setError(pointsErrorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card nominate-form'>
      <Text className='form-card__title'>提名石榴籽个人</Text>
      <View className='form-field'>
        <Text className='form-field__label'>被提名人{member ? `：${member.nickname}` : ''}</Text>
        <MemberPicker communityId={communityId} selected={member} onChange={setMember} />
      </View>
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
