import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ConfirmOrderRequest } from '@tongxin/types';
import { useState } from 'react';

import { StarRating } from '@/components/StarRating';
import { errorMessage } from '@/services/api-error';

interface ConfirmDialogProps {
  visible: boolean;
  onClose: () => void;
  /** Resolves when the API took the rating; the dialog stays open with the error otherwise. */
  onSubmit: (body: ConfirmOrderRequest) => Promise<unknown>;
}

/** 确认解决: a 1–5 rating and an optional comment. */
export function ConfirmDialog({ visible, onClose, onSubmit }: ConfirmDialogProps) {
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    setError(null);
    try {
      await onSubmit({ rating, comment: comment.trim() || undefined });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className='confirm-dialog'
      visible={visible}
      title='问题解决了吗？'
      confirmText='确认解决'
      cancelText='再想想'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className='confirm-dialog__body'>
        <Text className='form-hint'>给处理的网格员打个分</Text>
        <StarRating value={rating} onChange={setRating} />
        <TextArea
          className='confirm-dialog__comment'
          maxLength={300}
          placeholder='说点什么（选填）'
          value={comment}
          onChange={setComment}
        />
        {error ? <Text className='form-error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}
