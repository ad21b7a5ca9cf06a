import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';

const MAX_REASON = 200;

interface RejectDialogProps {
  visible: boolean;
  title: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the reason of a rejection; the reason is required and goes back to the applicant. */
export function RejectDialog({ visible, title, onSubmit, onClose }: RejectDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setReason('');
    setError(null);
    onClose();
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    const text = reason.trim();
    if (!text) {
      setError('请填写驳回原因');
      throw new Error('reason required');
    }
    setError(null);
    try {
      await onSubmit(text);
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className='reject-dialog'
      visible={visible}
      title={title}
      confirmText='确认驳回'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      <TextArea
        className='reject-dialog__reason'
        placeholder='请写明驳回原因，申请人会看到'
        maxLength={MAX_REASON}
        value={reason}
        onChange={setReason}
      />
      {error ? <Text className='reject-dialog__error'>{error}</Text> : null}
    </Dialog>
  );
}
