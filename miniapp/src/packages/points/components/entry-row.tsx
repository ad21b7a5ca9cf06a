import { Text, View } from '@tarojs/components';
import { POINTS_SOURCE_LABEL, type PointsEntryView } from '@tongxin/types';

import { formatDateTime } from '@/utils/format-date';

/** "+50" / "−20": a true minus sign reads better than a hyphen at large sizes. */
export function signedPoints(amount: number): string {
  return amount >= 0 ? `+${amount}` : `−${Math.abs(amount)}`;
}

/** One ledger entry: why, when, and the signed amount. */
export function EntryRow({ entry }: { entry: PointsEntryView }) {
  const kind = entry.amount >= 0 ? 'gain' : 'spend';
  return (
    <View className={`entry-row entry-row--${kind}`}>
      <View className='entry-row__body'>
        <Text className='entry-row__source'>{POINTS_SOURCE_LABEL[entry.source] ?? entry.source}</Text>
        {entry.reason ? <Text className='entry-row__reason'>{entry.reason}</Text> : null}
        <Text className='entry-row__time'>{formatDateTime(entry.createdAt)}</Text>
      </View>
      <Text className='entry-row__amount'>{signedPoints(entry.amount)}</Text>
    </View>
  );
}
