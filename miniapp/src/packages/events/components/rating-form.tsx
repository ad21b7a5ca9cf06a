import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorCode } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useRateEventMutation } from '@/hooks/use-events-query';
import { isApiError } from '@/services/api-error';

import { signupErrorMessage } from './signup-error';

const STARS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: '★'.repeat(n) }));

/** 活动评价: 1–5 stars and an optional comment, for members who were checked in, after the event. */
export function RatingForm({ eventId }: { eventId: string }) {
  const rate = useRateEventMutation(eventId);
  const [rating, setRating] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  if (done) return <Text className='rating-form__done'>感谢你的评价！</Text>;

  function submit(): void {
    if (!rating) {
      setError('请选择星级');
      return;
    }
    setError(null);
    const text = comment.trim();
    rate.mutate(
      { rating: Number(rating), ...(text ? { comment: text } : {}) },
      {
        onSuccess: () => setDone(true),
        onError: (failure) => {
          if (isApiError(failure) && failure.code === ErrorCode.Conflict) setDone(true);
          else setError(signupErrorMessage(failure));
        },
      },
    );
  }

  return (
    <View className='rating-form'>
      <Text className='form-field__label'>给这次活动打个分</Text>
      <ChoiceChips
        className='rating-form__stars'
        options={STARS}
        selected={rating ? [rating] : []}
        onChange={([v]) => setRating(v ?? null)}
      />
      <TextArea
        className='form-field__input rating-form__comment'
        placeholder='说说你的感受（选填）'
        value={comment}
        onChange={setComment}
      />
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Button
        className='form-submit rating-form__submit'
        type='primary'
        block
        loading={rate.isPending}
        onClick={submit}
      >
        提交评价
      </Button>
    </View>
  );
}
