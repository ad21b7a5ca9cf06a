import type { FigurePlace, Figures, FiguresView, GridScorecard, ScorecardsView } from '@tongxin/types';

/** The figures pages' specs: 滨河街道 with 兴旺社区 and its grids, read on 2026-12-05 (China time). */
export const TODAY_MS = Date.parse('2026-12-05T04:00:00.000Z');

export const STREET: FigurePlace = { id: 'street-binhe', name: '滨河街道', level: 'street', parentId: null };
export const XINGWANG: FigurePlace = {
  id: 'community-xingwang',
  name: '兴旺社区',
  level: 'community',
  parentId: STREET.id,
};
export const RED_GRID: FigurePlace = { id: 'grid-red', name: '丽日家园红色网格', level: 'grid', parentId: XINGWANG.id };
export const YELLOW_GRID: FigurePlace = {
  id: 'grid-yellow',
  name: '兴旺黄色网格',
  level: 'grid',
  parentId: XINGWANG.id,
};
export const FIGURE_PLACES: FigurePlace[] = [RED_GRID, XINGWANG, YELLOW_GRID, STREET];

export const FIGURES: Figures = {
  eventsHeld: 12,
  attendance: 1534,
  uniqueAttendees: 410,
  problemsOpened: 38,
  needsOpened: 21,
  problemsClosed: 30,
  needsClosed: 17,
  cancelled: 2,
  onTime: { open: 0.9, claimed: 0.857, inProgress: null },
  medianCloseHours: 18,
  reopenRate: 0.05,
  ratingCount: 26,
  ratingAverage: 4.62,
  ratingGoodShare: 0.923,
  activeRiders: 6,
  riderOrders: 14,
  ordersFinished: 40,
  pointsIssued: 12480,
  pointsRedeemed: 3200,
  newMembers: 45,
  homesVerified: 33,
  homesTotal: 812,
  volunteerHours: 96.5,
  care: { visits: 18, records: 9, overdue: 1 },
  mediation: { requested: 5, agreed: 3, partial: 1, failed: 1 },
};

const zeros = (n: number) => Array.from({ length: n }, () => 0);

export function figuresView(place: FigurePlace, overrides: Partial<FiguresView> = {}): FiguresView {
  return {
    place,
    period: { kind: 'month', from: '2026-12-01', to: '2026-12-31', label: '2026年12月' },
    figures: FIGURES,
    trend: {
      buckets: ['12-01', '12-02', '12-03'],
      starts: ['2026-12-01', '2026-12-02', '2026-12-03'],
      series: {
        eventsHeld: [1, 0, 2],
        attendance: [30, 0, 52],
        problemsOpened: [3, 4, 1],
        problemsClosed: [2, 5, 1],
        needsOpened: zeros(3),
        needsClosed: [1, 0, 0],
        pointsIssued: [100, 40, 0],
        volunteerHours: [2.5, 0, 4],
      },
    },
    ranking: place.level === 'grid' ? [] : [{ place: XINGWANG, figures: { ...FIGURES, problemsClosed: 30 } }],
    updatedAt: '2026-12-05T03:42:00.000Z',
    ...overrides,
  };
}

export function gridScorecard(grid: FigurePlace, rank: number, score: number | null): GridScorecard {
  return {
    grid,
    communityName: XINGWANG.name,
    parts: { onTime: 90, satisfaction: score === null ? null : 92.4, reopen: 95, visits: 88.9, participation: 40 },
    score,
    rank,
    ordersFinished: 12,
    ratingCount: 7,
  };
}

export function scorecardsView(overrides: Partial<ScorecardsView> = {}): ScorecardsView {
  return {
    place: STREET,
    period: { kind: 'month', from: '2026-12-01', to: '2026-12-31', label: '2026年12月' },
    streetId: STREET.id,
    weights: { onTime: 40, satisfaction: 30, reopen: 20, visits: 0, participation: 10 },
    formula: '得分 = 及时率×40% + 满意度×30% + 未重办率×20% + 参与度×10%',
    grids: [gridScorecard(RED_GRID, 1, 87.46), gridScorecard(YELLOW_GRID, 2, null)],
    ...overrides,
  };
}
