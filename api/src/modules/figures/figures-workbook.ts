import {
  type Figures,
  type FiguresView,
  type FigureTrend,
  ScorecardPart,
  type ScorecardsView,
  type TrendSeries,
} from '@tongxin/types';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { defused } from '../../infra/xlsx/defused';
import { SCORECARD_PART_LABEL } from './figure-math';

type Value = string | number | null;

const pct = (share: number | null): Value => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);
const num = (value: number | null): Value => (value === null ? '—' : value);

/** The figures of one topic as 指标 / 数值 rows, the same words the dashboard uses. */
const TOPICS: { sheet: string; rows: (f: Figures) => [string, Value][]; series: TrendSeries[] }[] = [
  {
    sheet: '活动',
    rows: (f) => [
      ['活动场次', f.eventsHeld],
      ['参与人次', f.attendance],
      ['参与居民（人）', num(f.uniqueAttendees)],
      ['志愿服务时长（小时）', f.volunteerHours],
    ],
    series: ['eventsHeld', 'attendance', 'volunteerHours'],
  },
  {
    sheet: '诉求办理',
    rows: (f) => [
      ['随手拍受理', f.problemsOpened],
      ['随手拍办结', f.problemsClosed],
      ['需求受理', f.needsOpened],
      ['办实事（需求办结）', f.needsClosed],
      ['撤销', f.cancelled],
      ['接单及时率', pct(f.onTime.open)],
      ['上门及时率', pct(f.onTime.claimed)],
      ['办结及时率', pct(f.onTime.inProgress)],
      ['办结时长中位数（小时）', num(f.medianCloseHours)],
      ['重办率', pct(f.reopenRate)],
      ['评价数', f.ratingCount],
      ['平均评分', num(f.ratingAverage)],
      ['4 星及以上占比', pct(f.ratingGoodShare)],
      ['活跃骑手（人）', num(f.activeRiders)],
      ['骑手完成工单', f.riderOrders],
      ['完成工单', f.ordersFinished],
    ],
    series: ['problemsOpened', 'problemsClosed', 'needsOpened', 'needsClosed'],
  },
  {
    sheet: '积分与成员',
    rows: (f) => [
      ['发放积分', f.pointsIssued],
      ['兑换积分', f.pointsRedeemed],
      ['新成员', f.newMembers],
      ['新认证住户', f.homesVerified],
      ['认证住户总数', f.homesTotal],
    ],
    series: ['pointsIssued'],
  },
  {
    sheet: '帮扶台账',
    rows: (f) => [
      ['入户走访（次）', f.care.visits],
      ['在册帮扶户数（期末）', f.care.records],
      ['走访逾期户数（期末）', f.care.overdue],
    ],
    series: [],
  },
  {
    sheet: '矛盾调解',
    rows: (f) => [
      ['调解申请', f.mediation.requested],
      ['达成协议', f.mediation.agreed],
      ['部分达成', f.mediation.partial],
      ['未达成', f.mediation.failed],
    ],
    series: [],
  },
];

const SERIES_LABEL: Record<TrendSeries, string> = {
  eventsHeld: '活动场次',
  attendance: '参与人次',
  problemsOpened: '随手拍受理',
  problemsClosed: '随手拍办结',
  needsOpened: '需求受理',
  needsClosed: '办实事',
  pointsIssued: '发放积分',
  volunteerHours: '志愿服务时长',
};

const header = (cells: string[]): SheetData[number] => cells.map((value) => ({ value, fontWeight: 'bold' as const }));
const row = (cells: Value[]): SheetData[number] =>
  cells.map((value) => (value === null ? null : { value: defused(value) }));

function trendRows(trend: FigureTrend, series: TrendSeries[]): SheetData {
  return [
    header(['时段', ...series.map((s) => SERIES_LABEL[s])]),
    ...trend.buckets.map((label, i) => row([label, ...series.map((s) => trend.series[s][i])])),
  ];
}

/**
 * The 述职 workbook: 概览 (every figure), a sheet per topic with its trend, the places below, and 网格考评 with its
 * formula — the same figures as the screen, from the same view.
 */
export function figuresWorkbook(view: FiguresView, scorecards: ScorecardsView): Promise<Buffer> {
  const title = [
    row([`${view.place.name} ${view.period.label}`]),
    row([`统计时段：${view.period.from} 至 ${view.period.to}`]),
    row([]),
  ];
  const overview: SheetData = [...title, header(['指标', '数值'])];
  for (const topic of TOPICS) overview.push(...topic.rows(view.figures).map((cells) => row(cells)));
  const sheets = [{ sheet: '概览', data: overview, columns: [{ width: 24 }, { width: 14 }] }];
  for (const topic of TOPICS) {
    sheets.push({
      sheet: topic.sheet,
      data: [
        ...title,
        header(['指标', '数值']),
        ...topic.rows(view.figures).map((cells) => row(cells)),
        ...(topic.series.length ? [row([]), ...trendRows(view.trend, topic.series)] : []),
      ],
      columns: [{ width: 24 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }],
    });
  }
  sheets.push({
    sheet: '下级排名',
    data: [
      ...title,
      header([
        '名称',
        '活动场次',
        '参与人次',
        '随手拍办结',
        '办实事',
        '办结及时率',
        '平均评分',
        '志愿服务时长（小时）',
      ]),
      ...view.ranking.map(({ place, figures: f }) =>
        row([
          place.name,
          f.eventsHeld,
          f.attendance,
          f.problemsClosed,
          f.needsClosed,
          pct(f.onTime.inProgress),
          num(f.ratingAverage),
          f.volunteerHours,
        ]),
      ),
    ],
    columns: [{ width: 20 }, ...Array.from({ length: 7 }, () => ({ width: 14 }))],
  });
  sheets.push({
    sheet: '网格考评',
    data: [
      ...title,
      row([scorecards.formula]),
      row([]),
      header([
        '排名',
        '网格',
        '所属社区',
        '得分',
        ...ScorecardPart.map((p) => SCORECARD_PART_LABEL[p]),
        '完成工单',
        '评价数',
      ]),
      ...scorecards.grids.map((card) =>
        row([
          card.rank,
          card.grid.name,
          card.communityName,
          num(card.score),
          ...ScorecardPart.map((p) => num(card.parts[p])),
          card.ordersFinished,
          card.ratingCount,
        ]),
      ),
    ],
    columns: [{ width: 8 }, { width: 16 }, { width: 16 }, ...Array.from({ length: 7 }, () => ({ width: 12 }))],
  });
  return writeExcelFile(sheets).toBuffer();
}
