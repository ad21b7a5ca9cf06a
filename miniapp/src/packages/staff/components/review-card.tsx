import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';

interface ReviewCardProps {
  title: string;
  children: ReactNode;
  onApprove: () => Promise<unknown>;
  onReject: () => void;
  /** Why the caller may not decide this one (their own request, or already decided): shown instead of the buttons. */
  locked?: string | null;
  /** The buttons' words (通过 and 驳回 unless told). */
  approveText?: string;
  rejectText?: string;
}

/** One pending request with 通过 and 驳回. */
export function ReviewCard(props: ReviewCardProps) {
  const { title, children, onApprove, onReject, locked, approveText = '通过', rejectText = '驳回' } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function approve(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onApprove();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='review-card'>
      <Text className='review-card__title'>{title}</Text>
      <View className='review-card__body'>{children}</View>
      {error ? <Text className='review-card__error'>{error}</Text> : null}
      {locked ? (
        <Text className='review-card__locked'>{locked}</Text>
      ) : (
        <View className='review-card__actions'>
          <Button className='review-card__reject' fill='outline' onClick={onReject}>
            {rejectText}
          </Button>
          <Button className='review-card__approve' type='primary' loading={busy} onClick={() => void approve()}>
            {approveText}
          </Button>
        </View>
      )}
    </View>
  );
}

export function ReviewLine({ label, value }: { label: string; value: string }) {
  return (
    <View className='review-line'>
      <Text className='review-line__label'>{label}</Text>
      <Text className='review-line__value'>{value}</Text>
    </View>
  );
}
