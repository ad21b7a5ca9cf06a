import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import type { TicketEntryProps } from './ticket-entry';

/** Weapp: WeChat's own scanner reads the member's QR code. */
export function TicketCamera({ busy, onTicket }: TicketEntryProps) {
  const [error, setError] = useState<string | null>(null);

  async function scan(): Promise<void> {
    setError(null);
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const ticket = result.result.trim();
      if (ticket.startsWith('TX1.')) onTicket(ticket);
      else setError('这不是活动入场券，请扫描居民「我的活动」里的二维码');
    } catch {
      // Closing the camera rejects too: nothing to report.
    }
  }

  return (
    <View className='ticket-camera'>
      <Button
        className='form-submit ticket-camera__scan'
        type='primary'
        block
        loading={busy}
        onClick={() => void scan()}
      >
        扫码签到
      </Button>
      {error ? <Text className='form-error'>{error}</Text> : null}
    </View>
  );
}
