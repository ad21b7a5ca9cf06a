import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { type CodeEntryProps, PICKUP_CODE_PATTERN, TypedCodeEntry } from './typed-code-entry';

/** Weapp: scan the member's QR code with the camera; typing stays available when the camera cannot read it. */
export function CodeEntry({ busy, onCode }: CodeEntryProps) {
  const [error, setError] = useState<string | null>(null);

  async function scan(): Promise<void> {
    setError(null);
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const code = result.result.trim();
      if (PICKUP_CODE_PATTERN.test(code)) onCode(code);
      else setError('这不是取货码，请扫描居民“我的兑换”里的二维码');
    } catch {
      // Closing the camera rejects too: nothing to report.
    }
  }

  return (
    <View className='code-entry-scan'>
      <Button className='form-submit code-entry__scan' type='primary' block loading={busy} onClick={() => void scan()}>
        扫码核销
      </Button>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Text className='form-hint'>扫不出来时，也可以输入取货码：</Text>
      <TypedCodeEntry busy={busy} onCode={onCode} />
    </View>
  );
}
