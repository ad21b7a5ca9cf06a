import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

export const PICKUP_CODE_PATTERN = /^\d{8}$/;

export interface CodeEntryProps {
  busy: boolean;
  onCode: (code: string) => void;
}

/** The 8-digit pickup code typed in (spaces allowed, as the member's screen shows "1234 5678"). */
export function TypedCodeEntry({ busy, onCode }: CodeEntryProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(): void {
    const digits = code.replace(/\s+/g, '');
    if (!PICKUP_CODE_PATTERN.test(digits)) {
      setError('请输入 8 位数字取货码');
      return;
    }
    setError(null);
    onCode(digits);
  }

  return (
    <View className='form-card code-entry'>
      <Text className='form-field__label'>取货码</Text>
      <Input
        className='form-field__input code-entry__input'
        type='digit'
        placeholder='居民出示的 8 位数字'
        maxLength={9}
        value={code}
        onChange={setCode}
      />
      {error ? <Text className='form-error code-entry__error'>{error}</Text> : null}
      <Button className='form-submit code-entry__submit' type='primary' block loading={busy} onClick={submit}>
        核销
      </Button>
    </View>
  );
}
