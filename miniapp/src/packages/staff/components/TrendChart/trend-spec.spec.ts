import { trendSummary, trendTicks } from './trend-spec';

const days = (n: number) => Array.from({ length: n }, (_, i) => `12-${String(i + 1).padStart(2, '0')}`);

describe('trend chart', () => {
  it('labels at most seven buckets, evenly spaced', () => {
    expect(trendTicks(days(7))).toEqual(days(7));
    expect(trendTicks(days(31))).toEqual(['12-01', '12-06', '12-11', '12-16', '12-21', '12-26', '12-31']);
    // Twelve months: every other one, never two side by side at the end.
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(trendTicks(months)).toEqual(['2026-01', '2026-03', '2026-05', '2026-07', '2026-09', '2026-11']);
    expect(trendTicks(['12-05'])).toEqual(['12-05']);
    expect(trendTicks([])).toEqual([]);
  });

  it('sums up the series in a line a screen reader can read', () => {
    expect(trendSummary({ labels: ['12-01', '12-02', '12-03'], values: [1, 4, 2.5], name: '志愿服务时长' })).toBe(
      '志愿服务时长：合计 7.5，最高 4（12-02）',
    );
    expect(trendSummary({ labels: [], values: [], name: '办实事' })).toBe('办实事：本期无数据');
  });
});
