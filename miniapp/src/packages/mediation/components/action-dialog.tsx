import { Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type ReactNode, useState } from 'react';

import { mediationErrorMessage } from './mediation-error';

interface ActionDialogProps {
  visible: boolean;
  title: string;
  confirmText: string;
  className?: string;
  /** What is missing in the dialog's fields (null: it may be sent). */
  check?: () => string | null;
  /** Resolves when the API took it; the dialog stays open with the error otherwise. */
  send: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/** One case action's dialog: its fields, then 确定 checks them and sends, keeping the dialog open on a failure. */
export function ActionDialog({
  visible,
  title,
  confirmText,
  className,
  check,
  send,
  onClose,
  children,
}: ActionDialogProps) {
  const [error, setError] = useState<string | null>(null);

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    const missing = check?.() ?? null;
    setError(missing);
    if (missing) throw new Error(missing);
    try {
      await send();
    } catch (failure) {
      setError(mediationErrorMessage(failure));
      throw failure;
    }
  }

  function close(): void {
    setError(null);
    onClose();
  }

  return (
    <Dialog
      className={['mediation-dialog', className ?? ''].filter(Boolean).join(' ')}
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText='取消'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      <View className='mediation-dialog__body'>
        {visible ? children : null}
        {error ? <Text className='form-error mediation-dialog__error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}
