import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { FLAG_REASON_LABELS, type FlaggableKind, type FlagReason } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useFlagMutation } from '@/hooks/use-moderation-query';
import { errorMessage } from '@/services/api-error';

const MAX_NOTE = 200;
const REASONS = (Object.keys(FLAG_REASON_LABELS) as FlagReason[]).map((reason) => ({
  value: reason,
  label: FLAG_REASON_LABELS[reason],
}));

interface FlagSheetProps {
  kind: FlaggableKind;
  id: string;
  title: string;
  visible: boolean;
  onClose: () => void;
}

/** Why the member flags it (one of the reasons) and a few words of their own; sent as one 举报. */
export function FlagSheet({ kind, id, title, visible, onClose }: FlagSheetProps) {
  const flag = useFlagMutation();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setReason(null);
    setNote('');
    setError(null);
    onClose();
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    if (!reason) {
      setError('请选择举报原因');
      throw new Error('reason required');
    }
    setError(null);
    try {
      await flag.mutateAsync({ kind, id, reason, note: note.trim() || undefined });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
    Taro.showToast({ title: '已收到举报，我们会尽快处理', icon: 'none' });
  }

  return (
    <Dialog
      className='flag-sheet'
      visible={visible}
      title={title}
      confirmText='提交举报'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      <View className='flag-sheet__body'>
        <Text className='flag-sheet__label'>举报原因</Text>
        <ChoiceChips
          className='flag-sheet__reasons'
          options={REASONS}
          selected={reason ? [reason] : []}
          onChange={([value]) => setReason((value as FlagReason | undefined) ?? null)}
        />
        <TextArea
          className='flag-sheet__note'
          placeholder='补充说明（选填）'
          maxLength={MAX_NOTE}
          value={note}
          onChange={setNote}
        />
        <Text className='flag-sheet__hint'>举报会交给社区工作人员核实，被举报人不会知道是谁举报的。</Text>
        {error ? <Text className='form-error flag-sheet__error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}
