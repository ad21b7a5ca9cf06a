import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MemberSummary } from '@tongxin/types';
import { useRef, useState } from 'react';

import { useAwardPointsMutation } from '@/hooks/use-points-query';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { pointsErrorMessage } from '@/utils/points-error-message';

import { MemberPicker } from '../../components/member-picker';

const MAX_AMOUNT = 1000;
const MAX_REASON = 200;

/** Award points to one member of the community, with a reason the member sees in their history. */
export function AwardForm({ communityId }: { communityId: string }) {
  const [member, setMember] = useState<MemberSummary | null>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const award = useAwardPointsMutation();
  // One key per submission: kept while the same form is retried, dropped when it changes or succeeds.
  const key = useRef<string | null>(null);

  function edit<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      key.current = null;
      setter(value);
    };
  }

  function validationError(points: number): string | null {
    if (!member) return '请选择要奖励的成员';
    if (!Number.isInteger(points) || points < 1 || points > MAX_AMOUNT) return `积分须为 1–${MAX_AMOUNT} 的整数`;
    if (!reason.trim()) return '请填写奖励原因';
    return null;
  }

  function submit(): void {
    const points = Number(amount);
    const problem = validationError(points);
    if (problem || !member) {
      setError(problem);
      return;
    }
    setError(null);
    key.current ??= newIdempotencyKey();
    award.mutate(
      { body: { memberId: member.id, amount: points, reason: reason.trim() }, key: key.current },
      {
        onSuccess: (result) => {
          key.current = null;
          // A large award waits for a second staff member (积分审核) instead of being paid at once.
          const title =
            'status' in result
              ? `${points} 积分已提交审核，需另一位工作人员通过`
              : `已奖励 ${member.nickname} ${points} 积分`;
          Taro.showToast({ title, icon: 'none' });
          setMember(null);
          setAmount('');
          setReason('');
        },
        onError: (failure) => setError(pointsErrorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card award-form'>
      <View className='form-field award-form__member'>
        <Text className='form-field__label'>奖励给{member ? `：${member.nickname}` : ''}</Text>
        <MemberPicker communityId={communityId} selected={member} onChange={edit(setMember)} />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>积分（1–{MAX_AMOUNT}）</Text>
        <Input
          className='form-field__input award-form__amount'
          type='digit'
          placeholder='例如 50'
          maxLength={4}
          value={amount}
          onChange={edit(setAmount)}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>奖励原因</Text>
        <TextArea
          className='form-field__input award-form__reason'
          placeholder='例如：协助组织红石榴课堂'
          maxLength={MAX_REASON}
          value={reason}
          onChange={edit(setReason)}
        />
      </View>
      {error ? <Text className='form-error award-form__error'>{error}</Text> : null}
      <Button
        className='form-submit award-form__submit'
        type='primary'
        block
        loading={award.isPending}
        onClick={submit}
      >
        确认奖励
      </Button>
    </View>
  );
}
