import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { EventRatingsSummary } from '@tongxin/types';

import { fakeApi, ok } from '../../../../test/fake-api';
import { taroTest } from '../../../../test/mocks/taro';
import { signIn } from '../../../../test/session';
import { RatingsSummary } from './ratings-summary';

const summary: EventRatingsSummary = {
  average: 3,
  count: 2,
  comments: [
    { id: 'c1', rating: 5, comment: '老师讲得很好', createdAt: '2026-12-01T10:00:00.000Z' },
    { id: null, rating: 1, comment: '早年的评价', createdAt: '2026-11-01T10:00:00.000Z' },
  ],
};

describe('RatingsSummary (活动评价)', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('shows the average and each comment, with 举报 on the comments that can be named', async () => {
    fakeApi({ 'GET events/e1/ratings': [ok(summary)] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <RatingsSummary eventId='e1' />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('平均 3 星 · 2 人评价')).toBeTruthy();
    expect(screen.getByText(/老师讲得很好/)).toBeTruthy();
    expect(screen.getByText(/早年的评价/)).toBeTruthy();
    expect(screen.getAllByText('举报')).toHaveLength(1);
  });
});
