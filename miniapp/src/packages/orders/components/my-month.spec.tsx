import { render, screen } from '@testing-library/react';

import { MyMonthCard, percent } from './my-month';

describe('我的本月', () => {
  it('shows the month’s four figures', () => {
    render(
      <MyMonthCard
        month={{
          month: '2026-12',
          ordersFinished: 7,
          onTimeShare: 6 / 7,
          averageRating: 4.6,
          ratings: 5,
          pointsEarned: 120,
        }}
      />,
    );
    expect(screen.getByText('我的本月 · 2026年12月')).toBeTruthy();
    expect(screen.getByText('7')).toBeTruthy();
    expect(screen.getByText('86%')).toBeTruthy();
    expect(screen.getByText('4.6')).toBeTruthy();
    expect(screen.getByText('平均评分（5 条）')).toBeTruthy();
    expect(screen.getByText('+120')).toBeTruthy();
  });

  it('shows a dash where nothing counts yet', () => {
    expect(percent(null)).toBe('—');
    render(
      <MyMonthCard
        month={{
          month: '2026-01',
          ordersFinished: 0,
          onTimeShare: null,
          averageRating: null,
          ratings: 0,
          pointsEarned: 0,
        }}
      />,
    );
    expect(screen.getAllByText('—')).toHaveLength(2);
  });
});
