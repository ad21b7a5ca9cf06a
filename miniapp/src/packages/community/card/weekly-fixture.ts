import type { GridWeekly } from '@tongxin/types';

/** A week of 阿吉拉沁社区's first grid, for the card's specs; `overrides` replace whole fields. */
export function gridWeekly(overrides: Partial<GridWeekly> = {}): GridWeekly {
  return {
    grid: { id: 'g1', name: '第一网格' },
    community: { id: 'c1', name: '阿吉拉沁社区' },
    week: { from: '2026-11-30', to: '2026-12-06', label: '11-30 至 12-06' },
    fixed: 7,
    served: 3,
    open: 2,
    oldestOpen: [
      { categoryName: '路灯损坏', ageDays: 5 },
      { categoryName: '楼道杂物', ageDays: 0 },
    ],
    volunteerHours: 12.5,
    newMallItems: [
      { name: '石榴籽环保袋', pointsPrice: 20 },
      { name: '洗衣液', pointsPrice: 50 },
    ],
    ...overrides,
  };
}
