import './list-state.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

export type ListStateVariant = 'loading' | 'empty' | 'error' | 'end';

const DEFAULT_TEXT: Record<ListStateVariant, string> = {
  loading: '加载中…',
  empty: '暂无活动',
  error: '加载失败',
  end: '没有更多了',
};

interface ListStateProps {
  variant: ListStateVariant;
  text?: string;
  /** A second, smaller line, e.g. why loading failed. */
  detail?: string;
  /** Shown under the text of an error, as a 重试 button. */
  onRetry?: () => void;
}

/** The non-data states of a list or page: loading, empty, error-with-retry and end-of-list. */
export function ListState({ variant, text, detail, onRetry }: ListStateProps) {
  return (
    <View className={`list-state list-state--${variant}`}>
      <Text className='list-state__text'>{text ?? DEFAULT_TEXT[variant]}</Text>
      {detail ? <Text className='list-state__detail'>{detail}</Text> : null}
      {variant === 'error' && onRetry ? (
        <Button className='list-state__action' type='primary' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
