import { PointsSource } from '@tongxin/types';

/**
 * What the rollups count. Sums add up across days and places' children; a stock is a level read at a moment (the
 * value of its latest day); a unique counts different members, so it is kept per calendar period and never added.
 */
export const SUM_METRICS = [
  'events_held',
  'attendance',
  /** Check-ins by the place's residents (at their home), wherever the event was: 参与度 of a grid. */
  'resident_attendance',
  'volunteer_minutes',
  'problems_opened',
  'needs_opened',
  'problems_closed',
  'needs_closed',
  'cancelled',
  'orders_finished',
  'rider_orders',
  'reopened',
  'rating_count',
  'rating_sum',
  'rating_good',
  'ontime_open_n',
  'ontime_open_ok',
  'ontime_claimed_n',
  'ontime_claimed_ok',
  'ontime_work_n',
  'ontime_work_ok',
  'points_issued',
  'points_redeemed',
  'new_members',
  'homes_verified',
  'care_visits',
  'mediation_requested',
  'mediation_agreed',
  'mediation_partial',
  'mediation_failed',
] as const;

export const STOCK_METRICS = ['homes_total', 'care_records', 'care_overdue'] as const;
export const UNIQUE_METRICS = ['unique_attendees', 'active_riders'] as const;

/** Upper bounds (hours) of the report-to-confirmation histogram's steps; the last step is open-ended. */
export const CLOSE_HOUR_STEPS = [1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336] as const;
export const CLOSE_METRICS = Array.from({ length: CLOSE_HOUR_STEPS.length + 1 }, (_, i) => `close_h${i}`);

export type SumMetric = (typeof SUM_METRICS)[number] | `close_h${number}`;
export type StockMetric = (typeof STOCK_METRICS)[number];
export type UniqueMetric = (typeof UNIQUE_METRICS)[number];
export type Metric = SumMetric | StockMetric | UniqueMetric;

export const ALL_SUM_METRICS: readonly string[] = [...SUM_METRICS, ...CLOSE_METRICS];

/** Totals per metric for one place and span; absent metrics read as 0. */
export type MetricTotals = Partial<Record<Metric, number>>;

/** The histogram step a report-to-confirmation time falls in. */
export function closeStep(hours: number): number {
  const index = CLOSE_HOUR_STEPS.findIndex((bound) => hours <= bound);
  return index === -1 ? CLOSE_HOUR_STEPS.length : index;
}

/**
 * The median of a histogram, interpolated inside the step that holds it (the open-ended last step reads as its
 * lower bound); null when empty.
 */
export function histogramMedian(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const half = total / 2;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (count > 0 && seen + count >= half) {
      const lower = i === 0 ? 0 : CLOSE_HOUR_STEPS[i - 1];
      if (i >= CLOSE_HOUR_STEPS.length) return lower;
      const upper = CLOSE_HOUR_STEPS[i];
      return Math.round((lower + ((half - seen) / count) * (upper - lower)) * 10) / 10;
    }
    seen += count;
  }
  return null;
}

/** Ledger sources counted as points issued (a reversal takes an award back) and as points redeemed (net of refunds). */
export const ISSUED_SOURCES: readonly string[] = [
  PointsSource.ReportVerified,
  PointsSource.OrderCompleted,
  PointsSource.EventAttended,
  PointsSource.VolunteerHours,
  PointsSource.Quiz,
  PointsSource.Video,
  PointsSource.StaffAward,
  PointsSource.Reversal,
];
export const REDEEMED_SOURCES: readonly string[] = [PointsSource.Redemption, PointsSource.Refund];
