import './review.scss';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import Taro from '@tarojs/taro';
import type { Page } from '@tongxin/types';
import { type ReactNode, useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';

import { RejectDialog } from './reject-dialog';
import { ReviewCard } from './review-card';

interface ReviewQueueProps<T extends { id: string }> {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  emptyText: string;
  titleOf: (item: T) => string;
  renderBody: (item: T) => ReactNode;
  /** Each resolves after the list has been invalidated, so the item is gone when it does. */
  approve: (id: string) => Promise<unknown>;
  reject: (id: string, reason: string) => Promise<unknown>;
  /** Why the caller may not decide an item (null when they may). */
  lockedOf?: (item: T) => string | null;
}

/** Pending requests in pages of 20, each approved with one tap or rejected with a reason. */
export function ReviewQueue<T extends { id: string }>(props: ReviewQueueProps<T>) {
  const { query, emptyText, titleOf, renderBody, approve, reject, lockedOf } = props;
  const [rejecting, setRejecting] = useState<T | null>(null);

  return (
    <>
      <InfiniteList
        className='review-queue'
        query={query}
        emptyText={emptyText}
        renderItem={(item) => (
          <ReviewCard
            key={item.id}
            title={titleOf(item)}
            onApprove={() => approve(item.id).then(() => Taro.showToast({ title: '已通过', icon: 'success' }))}
            onReject={() => setRejecting(item)}
            locked={lockedOf?.(item)}
          >
            {renderBody(item)}
          </ReviewCard>
        )}
      />
      <RejectDialog
        visible={rejecting !== null}
        title={rejecting ? `驳回 ${titleOf(rejecting)} 的申请` : '驳回'}
        onSubmit={(reason) => (rejecting ? reject(rejecting.id, reason) : Promise.resolve())}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
