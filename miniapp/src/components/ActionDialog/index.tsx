import './action-dialog.scss';

import { Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type ReactNode, useState } from 'react';

import { errorMessage } from '@/services/api-error';

interface ActionDialogProps {
  title: string;
  confirmText: string;
  className?: string;
  /** What is missing in the dialog's fields (null: it may be sent). */
  check?: () => string | null;
  /** Resolves when the API took it; the dialog stays open with the error otherwise. */
  send: () => Promise<unknown>;
  onClose: () => void;
  /** The copy of a failure (the feature's own words for its error codes). */
  describeError?: (failure: unknown) => string;
  children: ReactNode;
}

/**
 * A dialog of fields for one action on a record: 确定 checks them, then sends; a failure keeps it open with the
 * reason, so nothing typed or uploaded is lost. Rendered only while the action is open.
 */
export function ActionDialog(props: ActionDialogProps) {
  const { title, confirmText, className, check, send, onClose, describeError = errorMessage, children } = props;
  const [problem, setProblem] = useState<string | null>(null);

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    const missing = check?.() ?? null;
    setProblem(missing);
    if (missing) throw new Error(missing);
    try {
      await send();
    } catch (failure) {
      setProblem(describeError(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className={['action-dialog', className ?? ''].filter(Boolean).join(' ')}
      visible
      title={title}
      confirmText={confirmText}
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className='action-dialog__body'>
        {children}
        {problem ? <Text className='form-error action-dialog__error'>{problem}</Text> : null}
      </View>
    </Dialog>
  );
}
