import type { EarningSource } from '@tongxin/types';

/**
 * What a community pays until its staff set their own rules (caps in points per member). Every source has a cap, so
 * no rule pays without limit by default: attendance is capped too, since an event sets its own reward.
 */
export const DEFAULT_RULES: Record<
  EarningSource,
  { points: number; dailyCap: number | null; monthlyCap: number | null }
> = {
  report_verified: { points: 10, dailyCap: 50, monthlyCap: null },
  order_completed: { points: 20, dailyCap: 100, monthlyCap: null },
  event_attended: { points: 10, dailyCap: 100, monthlyCap: 400 },
  volunteer_hours: { points: 5, dailyCap: null, monthlyCap: 200 },
  quiz: { points: 10, dailyCap: 30, monthlyCap: null },
  video: { points: 5, dailyCap: 20, monthlyCap: 300 },
};
