import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';

import { ListState } from '@/components/ListState';
import { useFamilyActsQuery } from '@/hooks/use-family-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

/** 代办记录: what was done for the parent through the link (the API lists the latest, newest first). */
export function ActsList({ linkId }: { linkId: string }) {
  const acts = useFamilyActsQuery(linkId);
  // Back from filing a need or confirming a fix for the parent: that is the newest entry.
  useDidShow(() => {
    if (!acts.isFetching) acts.refetch();
  });
  if (acts.isPending) return <ListState variant='loading' />;
  if (acts.isError)
    return <ListState variant='error' detail={errorMessage(acts.error)} onRetry={() => acts.refetch()} />;
  if (acts.data.length === 0) return <ListState variant='empty' text='还没有代办记录' />;
  return (
    <View className='family-acts'>
      {acts.data.map((act, index) => (
        <View key={`${act.at}-${index}`} className='family-act'>
          <Text className='family-act__what'>{`${act.childName} ${act.what}`}</Text>
          <Text className='family-act__time'>{formatDateTime(act.at)}</Text>
        </View>
      ))}
      <ListState variant='end' />
    </View>
  );
}
