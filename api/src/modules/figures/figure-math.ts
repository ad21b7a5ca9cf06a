import {
  DEFAULT_SCORECARD_WEIGHTS,
  type Figures,
  ScorecardPart,
  type ScorecardWeights,
  type TrendSeries,
} from '@tongxin/types';

import { CLOSE_METRICS, histogramMedian, type MetricTotals } from './figure-metrics';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** Unique counts of a calendar period; null when the period is custom (they cannot be added up from days). */
export interface PeriodUniques {
  uniqueAttendees: number;
  activeRiders: number;
}

/** The dashboard's figures from a place's totals over a period. */
/** Levels read at the period's end. */
export interface PeriodStocks {
  homesTotal: number;
  careRecords: number;
  careOverdue: number;
}

export function toFigures(totals: MetricTotals, uniques: PeriodUniques | null, stocks: PeriodStocks): Figures {
  const t = (metric: keyof MetricTotals) => totals[metric] ?? 0;
  const ratingCount = t('rating_count');
  return {
    eventsHeld: t('events_held'),
    attendance: t('attendance'),
    uniqueAttendees: uniques ? uniques.uniqueAttendees : null,
    problemsOpened: t('problems_opened'),
    needsOpened: t('needs_opened'),
    problemsClosed: t('problems_closed'),
    needsClosed: t('needs_closed'),
    cancelled: t('cancelled'),
    onTime: {
      open: share(t('ontime_open_ok'), t('ontime_open_n')),
      claimed: share(t('ontime_claimed_ok'), t('ontime_claimed_n')),
      inProgress: share(t('ontime_work_ok'), t('ontime_work_n')),
    },
    medianCloseHours: histogramMedian(CLOSE_METRICS.map((m) => totals[m as keyof MetricTotals] ?? 0)),
    reopenRate: share(t('reopened'), t('orders_finished')),
    ratingCount,
    ratingAverage: ratingCount > 0 ? Math.round((t('rating_sum') / ratingCount) * 100) / 100 : null,
    ratingGoodShare: share(t('rating_good'), ratingCount),
    activeRiders: uniques ? uniques.activeRiders : null,
    riderOrders: t('rider_orders'),
    ordersFinished: t('orders_finished'),
    pointsIssued: t('points_issued'),
    pointsRedeemed: t('points_redeemed'),
    newMembers: t('new_members'),
    homesVerified: t('homes_verified'),
    homesTotal: stocks.homesTotal,
    volunteerHours: hours(t('volunteer_minutes')),
    care: { visits: t('care_visits'), records: stocks.careRecords, overdue: stocks.careOverdue },
    mediation: {
      requested: t('mediation_requested'),
      agreed: t('mediation_agreed'),
      partial: t('mediation_partial'),
      failed: t('mediation_failed'),
    },
  };
}

/** One trend series' value from a bucket's totals. */
export function trendValue(series: TrendSeries, totals: MetricTotals): number {
  const t = (metric: keyof MetricTotals) => totals[metric] ?? 0;
  switch (series) {
    case 'eventsHeld':
      return t('events_held');
    case 'attendance':
      return t('attendance');
    case 'problemsOpened':
      return t('problems_opened');
    case 'problemsClosed':
      return t('problems_closed');
    case 'needsOpened':
      return t('needs_opened');
    case 'needsClosed':
      return t('needs_closed');
    case 'pointsIssued':
      return t('points_issued');
    case 'volunteerHours':
      return hours(t('volunteer_minutes'));
  }
}

const PART_LABEL: Record<ScorecardPart, string> = {
  onTime: '及时率',
  satisfaction: '满意度',
  reopen: '未重办率',
  visits: '走访及时率',
  participation: '参与度',
};

/**
 * 网格专项考评 parts, each 0–100: 及时率 = steps done before their deadline over all timed steps; 满意度 = average
 * rating ÷ 5; 未重办率 = 1 − reopenings ÷ finishes; 参与度 = the residents' check-ins (at any event) per verified home,
 * capped at 100.
 */
export function scorecardParts(figures: Figures, totals: MetricTotals): Record<ScorecardPart, number | null> {
  const t = (metric: keyof MetricTotals) => totals[metric] ?? 0;
  const timed = t('ontime_open_n') + t('ontime_claimed_n') + t('ontime_work_n');
  const inTime = t('ontime_open_ok') + t('ontime_claimed_ok') + t('ontime_work_ok');
  const pct = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  return {
    onTime: pct(share(inTime, timed)),
    satisfaction: pct(figures.ratingAverage === null ? null : figures.ratingAverage / 5),
    reopen: pct(figures.reopenRate === null ? null : 1 - figures.reopenRate),
    visits: pct(figures.care.records > 0 ? 1 - figures.care.overdue / figures.care.records : null),
    participation: pct(figures.homesTotal > 0 ? Math.min(1, t('resident_attendance') / figures.homesTotal) : null),
  };
}

/** The weighted mean of the measured parts (parts without data drop out); null when none was measured. */
export function scorecardScore(parts: Record<ScorecardPart, number | null>, weights: ScorecardWeights): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const part of ScorecardPart) {
    const value = parts[part];
    if (value === null || weights[part] === 0) continue;
    weighted += value * weights[part];
    weightSum += weights[part];
  }
  return weightSum > 0 ? Math.round((weighted / weightSum) * 10) / 10 : null;
}

export function scorecardFormula(weights: ScorecardWeights = DEFAULT_SCORECARD_WEIGHTS): string {
  const total = ScorecardPart.reduce((sum, part) => sum + weights[part], 0);
  const terms = ScorecardPart.filter((part) => weights[part] > 0).map((part) => `${PART_LABEL[part]}×${weights[part]}`);
  return (
    `得分 = (${terms.join(' + ')}) ÷ ${total}；` +
    '及时率 = 按时完成的受理、上门、办结环节 ÷ 全部有时限的环节；满意度 = 平均评分 ÷ 5；' +
    '未重办率 = 1 − 重办次数 ÷ 办结次数；走访及时率 = 1 − 走访逾期户数 ÷ 帮扶台账户数（期末）；参与度 = 本区域居民参加活动人次 ÷ 认证住户数（最高 100%）；' +
    '某项无数据时不计入，按其余权重折算'
  );
}

export { PART_LABEL as SCORECARD_PART_LABEL };
