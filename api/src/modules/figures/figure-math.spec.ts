import { DEFAULT_SCORECARD_WEIGHTS } from '@tongxin/types';

import { scorecardFormula, scorecardParts, scorecardScore, toFigures } from './figure-math';
import { closeStep, histogramMedian } from './figure-metrics';

describe('figure math', () => {
  it('puts close times in their histogram step and reads the median inside its step', () => {
    expect(closeStep(0.5)).toBe(0);
    expect(closeStep(1)).toBe(0);
    expect(closeStep(3)).toBe(2);
    expect(closeStep(1000)).toBe(11);
    expect(histogramMedian([0, 0, 0])).toBeNull();
    // Two in 2–4 h, two in 4–8 h: the median is the top of the first step.
    expect(histogramMedian([0, 0, 2, 2])).toBe(4);
    expect(histogramMedian([0, 0, 4])).toBe(3);
    expect(histogramMedian([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(336);
  });

  it('turns totals into shares, averages and hours; nothing counted reads as null', () => {
    const figures = toFigures(
      {
        rating_count: 4,
        rating_sum: 15,
        rating_good: 3,
        orders_finished: 5,
        reopened: 1,
        ontime_work_n: 4,
        ontime_work_ok: 3,
        volunteer_minutes: 95,
      },
      null,
      { homesTotal: 12, careRecords: 4, careOverdue: 1 },
    );
    expect(figures).toMatchObject({
      ratingAverage: 3.75,
      ratingGoodShare: 0.75,
      reopenRate: 0.2,
      onTime: { open: null, claimed: null, inProgress: 0.75 },
      volunteerHours: 1.6,
      uniqueAttendees: null,
      homesTotal: 12,
      medianCloseHours: null,
      care: { visits: 0, records: 4, overdue: 1 },
    });
  });

  it('scores the measured parts with the weights, leaving out what was not measured', () => {
    const totals = {
      ontime_open_n: 2,
      ontime_open_ok: 2,
      ontime_work_n: 2,
      ontime_work_ok: 1,
      resident_attendance: 30,
    };
    const figures = {
      ...toFigures(totals, null, { homesTotal: 20, careRecords: 10, careOverdue: 4 }),
      ratingAverage: 4,
    };
    const parts = scorecardParts(figures, totals);
    expect(parts).toEqual({ onTime: 75, satisfaction: 80, reopen: null, visits: 60, participation: 100 });
    // (75×35 + 80×25 + 60×15 + 100×10) ÷ 85
    expect(scorecardScore(parts, DEFAULT_SCORECARD_WEIGHTS)).toBe(76.8);
    const none = { onTime: null, satisfaction: null, reopen: null, visits: null, participation: null };
    expect(scorecardScore(none, DEFAULT_SCORECARD_WEIGHTS)).toBeNull();
    expect(scorecardFormula({ onTime: 50, satisfaction: 50, reopen: 0, visits: 0, participation: 0 })).toMatch(
      /^得分 = \(及时率×50 \+ 满意度×50\) ÷ 100；/,
    );
  });
});
