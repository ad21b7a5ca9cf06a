import type { PlaceLevel } from './places';
import type { PhotoView, ReportKind } from './reports';

/** Periods a dashboard can show; calendar ones in China time (weeks start on Monday). */
export const FigurePeriodKind = {
  Week: 'week',
  Month: 'month',
  Quarter: 'quarter',
  Year: 'year',
  Custom: 'custom',
} as const;
export type FigurePeriodKind = (typeof FigurePeriodKind)[keyof typeof FigurePeriodKind];

/** The longest custom period, in days. */
export const MAX_CUSTOM_PERIOD_DAYS = 366;

/**
 * Which figures to read: a place the caller may see and a period. Calendar periods name any day inside them in
 * `date` (`YYYY-MM-DD`, today when absent); a custom period gives `from` and `to` (inclusive).
 */
export interface FiguresQuery {
  placeId: string;
  period: FigurePeriodKind;
  date?: string;
  from?: string;
  to?: string;
}

export interface FigurePeriod {
  kind: FigurePeriodKind;
  /** First and last day, inclusive, `YYYY-MM-DD` (China time). */
  from: string;
  to: string;
  /** 2026年12月, 2026年第4季度, 2026-11-30 至 2026-12-06 … */
  label: string;
}

/** A place the caller may read figures of, with its parent so a picker can show the tree. */
export interface FigurePlace {
  id: string;
  name: string;
  level: PlaceLevel;
  parentId: string | null;
}

/** Shares are 0–1; null where nothing was counted (no order finished, no rating given …). */
export interface OnTimeShares {
  /** Orders taken from the hall (grabbed or assigned) before the open deadline. */
  open: number | null;
  /** Work started before the claim deadline. */
  claimed: number | null;
  /** Work finished before the deadline in force. */
  inProgress: number | null;
}

export interface Figures {
  /** 场次: events held (not drafts, not cancelled) that started in the period. */
  eventsHeld: number;
  /** 人次: check-ins at those events that were not undone. */
  attendance: number;
  /** Different members checked in; null for custom periods (counted per calendar period only). */
  uniqueAttendees: number | null;
  /** 随手拍 problems and 需求 opened in the period. */
  problemsOpened: number;
  needsOpened: number;
  /** Confirmed fixed (by the reporter or on time-out) in the period. */
  problemsClosed: number;
  /** 办实事: needs served (confirmed) in the period. */
  needsClosed: number;
  cancelled: number;
  onTime: OnTimeShares;
  /** From report to confirmation, in hours, over orders closed in the period (to the nearest histogram step). */
  medianCloseHours: number | null;
  /** "Not fixed" reopenings over finishes. */
  reopenRate: number | null;
  ratingCount: number;
  ratingAverage: number | null;
  /** Share of ratings of 4 or 5. */
  ratingGoodShare: number | null;
  /** Riders (兼职网格员) who finished an order; null for custom periods. */
  activeRiders: number | null;
  /** Orders finished by riders. */
  riderOrders: number;
  ordersFinished: number;
  pointsIssued: number;
  pointsRedeemed: number;
  /** Accounts created with a home in the place. */
  newMembers: number;
  /** Homes verified in the period, and verified homes at its end. */
  homesVerified: number;
  homesTotal: number;
  /** Volunteer service credited at events held in the period, in hours (one decimal). */
  volunteerHours: number;
  /** 帮扶台账 (counts only): visits made in the period; households on the register and those overdue at its end. */
  care: { visits: number; records: number; overdue: number };
  /** 石榴调解: cases asked for in the period, and cases closed in it by outcome (counts only — cases are confidential). */
  mediation: { requested: number; agreed: number; partial: number; failed: number };
}

/** Figures drawn over time: one value per bucket. */
export const TrendSeries = [
  'eventsHeld',
  'attendance',
  'problemsOpened',
  'problemsClosed',
  'needsOpened',
  'needsClosed',
  'pointsIssued',
  'volunteerHours',
] as const;
export type TrendSeries = (typeof TrendSeries)[number];

export interface FigureTrend {
  /** Bucket labels: days (12-01), weeks (第49周) or months (2026-12). */
  buckets: string[];
  /** First day of each bucket, `YYYY-MM-DD`. */
  starts: string[];
  series: Record<TrendSeries, number[]>;
}

export interface FigureRankingRow {
  place: FigurePlace;
  figures: Figures;
}

export interface FiguresView {
  place: FigurePlace;
  period: FigurePeriod;
  figures: Figures;
  trend: FigureTrend;
  /** The places one level below, best first by closed problems and needs. Empty for a grid. */
  ranking: FigureRankingRow[];
  /** When the figures were last brought up to date (ISO); null before the first run. */
  updatedAt: string | null;
}

/** 网格专项考评: what each part of the score measures, each 0–100. */
export const ScorecardPart = ['onTime', 'satisfaction', 'reopen', 'visits', 'participation'] as const;
export type ScorecardPart = (typeof ScorecardPart)[number];

/** Weights a street admin sets (whole numbers ≥ 0, not all zero); the score is the weighted mean of the parts. */
export type ScorecardWeights = Record<ScorecardPart, number>;

export const DEFAULT_SCORECARD_WEIGHTS: ScorecardWeights = {
  onTime: 35,
  satisfaction: 25,
  reopen: 15,
  visits: 15,
  participation: 10,
};

export interface PutScorecardWeightsRequest {
  weights: ScorecardWeights;
}

export interface GridScorecard {
  grid: FigurePlace;
  communityName: string;
  /** Each part 0–100, null when nothing was measured (it then drops out of the mean). */
  parts: Record<ScorecardPart, number | null>;
  score: number | null;
  /** 1 = best; grids without a score share the last rank. */
  rank: number;
  ordersFinished: number;
  ratingCount: number;
}

export interface ScorecardsView {
  place: FigurePlace;
  period: FigurePeriod;
  streetId: string;
  weights: ScorecardWeights;
  /** The formula in words, as shown on the screen and in the workbook. */
  formula: string;
  grids: GridScorecard[];
}

/** 办实事公开: one month of a community's results. */
export interface ResultsMonth {
  /** `YYYY-MM`. */
  month: string;
  problemsFixed: number;
  needsServed: number;
  eventsHeld: number;
  attendance: number;
  volunteerHours: number;
}

export interface ResultsEvent {
  id: string;
  title: string;
  startsAt: string;
  attendance: number;
}

export interface ResultsBoard {
  community: { id: string; name: string };
  /** The last six months, newest first. */
  months: ResultsMonth[];
  /** Events held lately, newest first (at most 10). */
  events: ResultsEvent[];
}

/** A fixed problem or served need as the public sees it: no reporter, no handler, no text. */
export interface ResultsFixedItem {
  orderId: string;
  kind: ReportKind;
  categoryName: string;
  /** Grid, and building when known. */
  placeName: string;
  fixedAt: string;
  before: PhotoView[];
  after: PhotoView[];
}

/** 网格周报: one grid's week, for the share card. */
export interface GridWeekly {
  grid: { id: string; name: string };
  community: { id: string; name: string };
  week: { from: string; to: string; label: string };
  fixed: number;
  served: number;
  open: number;
  /** The oldest open items, at most 5. */
  oldestOpen: { categoryName: string; ageDays: number }[];
  /** Volunteer hours credited at the community's events this week. */
  volunteerHours: number;
  /** Items put in the community's points mall this week, at most 6. */
  newMallItems: { name: string; pointsPrice: number }[];
}
