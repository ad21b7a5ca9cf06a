import { Text, View } from '@tarojs/components';

import { QrCanvas } from '@/components/QrCanvas';

const QR_SIZE = 200;

/** "1234 5678": two groups of four are easier to read out at the counter. */
export function groupDigits(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** A pickup code as big digits and a QR code for staff to scan, with a brightness tip. */
export function PickupCode({ code, place }: { code: string; place?: string }) {
  return (
    <View className='pickup-code'>
      <Text className='pickup-code__label'>取货码</Text>
      <Text className='pickup-code__digits' data-code={code}>
        {groupDigits(code)}
      </Text>
      <View className='pickup-code__qr'>
        <QrCanvas text={code} size={QR_SIZE} />
      </View>
      <Text className='pickup-code__tip'>出示时请调亮屏幕，方便工作人员扫码</Text>
      {place ? <Text className='pickup-code__place'>领取地点：{place}</Text> : null}
    </View>
  );
}
