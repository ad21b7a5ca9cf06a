import { Dialog, Input } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';

interface TextDialogProps {
  visible: boolean;
  title: string;
  label: string;
  initial?: string;
  placeholder?: string;
  maxLength?: number;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
}

/** One line of text (a name) asked for and sent (mount it fresh for each question); stays open with the reason when the API refuses it. */
export function TextDialog(props: TextDialogProps) {
  const { visible, title, label, initial = '', placeholder, maxLength = 64, onSubmit, onClose } = props;
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    const value = text.trim();
    if (!value) {
      setError(`请填写${label}`);
      throw new Error('empty');
    }
    try {
      await onSubmit(value);
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText='保存'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <Text className='form-field__label'>{label}</Text>
      <Input
        className='form-field__input'
        value={text}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={setText}
      />
      {error ? <Text className='form-error'>{error}</Text> : null}
    </Dialog>
  );
}
