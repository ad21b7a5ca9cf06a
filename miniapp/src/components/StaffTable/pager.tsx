import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { Page } from '@tongxin/types';

interface PagerProps {
  page: Pick<Page<unknown>, 'page' | 'pageSize' | 'total' | 'hasMore'>;
  busy?: boolean;
  onPage: (page: number) => void;
}

/** 上一页 · 第 2 / 5 页，共 96 条 · 下一页 */
export function Pager({ page, busy, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <View className='staff-pager'>
      <Button
        className='staff-pager__prev'
        size='small'
        disabled={busy || page.page <= 1}
        onClick={() => onPage(page.page - 1)}
      >
        上一页
      </Button>
      <Text className='staff-pager__where'>
        第 {page.page} / {pages} 页，共 {page.total} 条
      </Text>
      <Button
        className='staff-pager__next'
        size='small'
        disabled={busy || !page.hasMore}
        onClick={() => onPage(page.page + 1)}
      >
        下一页
      </Button>
    </View>
  );
}
