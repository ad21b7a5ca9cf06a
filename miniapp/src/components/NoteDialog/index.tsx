import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';

interface NoteDialogProps {
  visible: boolean;
  title: string;
  confirmText: string;
  placeholder: string;
  /** The note must have at least this many characters (0: optional). */
  minLength?: number;
  maxLength?: number;
  className?: string;
  onSubmit: (note: string | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for a short note (a reason, what was not fixed) and sends it; stays open with the error on failure. */
export function NoteDialog(props: NoteDialogProps) {
  const { visible, title, confirmText, placeholder, minLength = 0, maxLength = 300, onSubmit, onClose } = props;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setNote('');
    setError(null);
    onClose();
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    const text = note.trim();
    if (text.length < minLength) {
      setError(`请至少写 ${minLength} 个字`);
      throw new Error('note too short');
    }
    setError(null);
    try {
      await onSubmit(text || undefined);
      setNote('');
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      className={props.className}
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText='取消'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      <TextArea
        className='note-dialog__text'
        placeholder={placeholder}
        maxLength={maxLength}
        value={note}
        onChange={setNote}
      />
      {error ? <Text className='form-error note-dialog__error'>{error}</Text> : null}
    </Dialog>
  );
}
