import './order-timeline.scss';

import { Text, View } from '@tarojs/components';
import { ORDER_STATUS_LABEL, type OrderHistoryEntry } from '@tongxin/types';

import { PhotoStrip } from '@/components/ReportCard';
import { formatDateTime } from '@/utils/format-date';

/** Every step of an order, newest first, with who did it, their note and proof photos. */
export function OrderTimeline({ history }: { history: OrderHistoryEntry[] }) {
  const entries = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (entries.length === 0) return null;
  return (
    <View className='order-timeline'>
      {entries.map((entry) => (
        <View key={entry.id} className={`timeline-entry timeline-entry--${entry.toStatus}`}>
          <View className='timeline-entry__dot' />
          <View className='timeline-entry__body'>
            <Text className='timeline-entry__status'>{ORDER_STATUS_LABEL[entry.toStatus] ?? entry.toStatus}</Text>
            <Text className='timeline-entry__meta'>
              {formatDateTime(entry.createdAt)}
              {entry.actorNickname ? ` · ${entry.actorNickname}` : ''}
            </Text>
            {entry.note ? <Text className='timeline-entry__note'>{entry.note}</Text> : null}
            <PhotoStrip photos={entry.photos} />
          </View>
        </View>
      ))}
    </View>
  );
}
