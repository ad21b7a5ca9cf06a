import { Text, View } from '@tarojs/components';

import { FlagButton } from '@/components/FlagButton';
import { ListState } from '@/components/ListState';
import { useRatingsQuery } from '@/hooks/use-organizer-query';
import { errorMessage } from '@/services/api-error';

/** 活动评价: the average of 1–5 stars, how many rated, and the comments (each can be flagged: 举报). */
export function RatingsSummary({ eventId }: { eventId: string }) {
  const ratings = useRatingsQuery(eventId);
  if (ratings.isPending) return <ListState variant='loading' />;
  if (ratings.isError) {
    return <ListState variant='error' detail={errorMessage(ratings.error)} onRetry={() => ratings.refetch()} />;
  }
  const { average, count, comments } = ratings.data;
  return (
    <View className='organizer-card ratings-summary'>
      <Text className='organizer-card__title'>活动评价</Text>
      <Text className='organizer-card__meta ratings-summary__average'>
        {count > 0 && average !== null ? `平均 ${average} 星 · ${count} 人评价` : '活动结束后，到场居民可以评价'}
      </Text>
      {comments.map((c) => (
        <View key={c.id ?? c.createdAt + c.comment} className='ratings-summary__comment'>
          <Text className='organizer-card__meta'>
            {'★'.repeat(c.rating)} {c.comment}
          </Text>
          {c.id ? <FlagButton kind='event_comment' id={c.id} subject='这条评价' /> : null}
        </View>
      ))}
    </View>
  );
}
