import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ModerationWordView } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { useDeleteWordMutation, useModerationWordsQuery } from '@/hooks/use-moderation-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

/** The street's words in pages of 20, newest first as the API gives them; 删除 asks first. */
export function WordList({ streetId }: { streetId: string }) {
  const query = useModerationWordsQuery(streetId);
  const remove = useDeleteWordMutation(streetId);

  async function confirmDelete(word: ModerationWordView): Promise<void> {
    const answer = await Taro.showModal({
      title: '删除敏感词',
      content: `删除“${word.word}”后，含有它的内容不再因此被拦下。`,
      confirmText: '删除',
      cancelText: '取消',
    });
    if (!answer.confirm) return;
    remove.mutate(word.id, {
      onSuccess: () => Taro.showToast({ title: '已删除', icon: 'success' }),
      onError: (failure) => Taro.showToast({ title: errorMessage(failure), icon: 'none' }),
    });
  }

  return (
    <InfiniteList<ModerationWordView>
      className='word-list'
      query={query}
      emptyText='本街道还没有自定义敏感词'
      renderItem={(word) => (
        <View key={word.id} className='word-row'>
          <View className='word-row__body'>
            <Text className='word-row__word'>{word.word}</Text>
            <Text className='word-row__meta'>添加于 {formatDateTime(word.createdAt)}</Text>
          </View>
          <Button
            className='word-row__delete'
            fill='outline'
            loading={remove.isPending && remove.variables === word.id}
            onClick={() => void confirmDelete(word)}
          >
            删除
          </Button>
        </View>
      )}
    />
  );
}
