import { Text, View } from '@tarojs/components';
import type { NotificationView } from '@tongxin/types';

import { formatDateTime } from '@/utils/format-date';

interface NoticeItemProps {
  notice: NotificationView;
  /** Whether tapping opens a page (then the item shows 查看详情). */
  opens: boolean;
  onOpen: (notice: NotificationView) => void;
}

/** One notice: a dot and bold title while unread, the body, and when it came. */
export function NoticeItem({ notice, opens, onOpen }: NoticeItemProps) {
  const unread = notice.readAt === null;
  return (
    <View
      className={['notice', unread ? 'notice--unread' : ''].filter(Boolean).join(' ')}
      hoverClass='notice--pressed'
      onClick={() => onOpen(notice)}
    >
      <View className='notice__head'>
        {unread ? <View className='notice__dot' /> : null}
        <Text className='notice__title'>{notice.title}</Text>
      </View>
      <Text className='notice__body'>{notice.body}</Text>
      <View className='notice__foot'>
        <Text className='notice__time'>{formatDateTime(notice.createdAt)}</Text>
        {opens ? <Text className='notice__link'>查看详情 ›</Text> : null}
      </View>
    </View>
  );
}
