import type { Figures, TrendSeries } from '@tongxin/types';

/** What a figure that was not counted shows. */
export const NO_FIGURE = '—';

/** One decimal at most, and none when it is .0: 85.7, 100. */
function tenths(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** 12,480: staff read street totals at a glance. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A 0–1 share as a percentage: 0.857 → 85.7%. */
export function formatShare(share: number | null): string {
  return share === null ? NO_FIGURE : `${tenths(share * 100)}%`;
}

/** A duration in hours: 18 小时, or in days from two days up (2.5 天), which is how staff speak of a slow case. */
export function formatHours(hours: number | null): string {
  if (hours === null) return NO_FIGURE;
  return hours < 48 ? `${tenths(hours)} 小时` : `${tenths(hours / 24)} 天`;
}

/** An average rating out of 5: 4.6 分. */
export function formatRating(average: number | null): string {
  return average === null ? NO_FIGURE : `${average.toFixed(1)} 分`;
}

/** A 0–100 score or scorecard part: 87.5. */
export function formatScore(score: number | null): string {
  return score === null ? NO_FIGURE : tenths(score);
}

export interface FigureCard {
  key: string;
  label: string;
  value: string;
  /** Why a figure is "—", or what stands behind it (12 条评价). */
  note?: string;
}

export interface FigureTopic {
  key: string;
  title: string;
  cards: FigureCard[];
}

const PER_CALENDAR_PERIOD = '自定义时段不计人数';

function count(key: string, label: string, value: number, unit: string, note?: string): FigureCard {
  return { key, label, value: `${formatCount(value)} ${unit}`, note };
}

/** A figure that may be null, with the reason the contract gives for it. */
function maybe(key: string, label: string, value: string, whyNull: string | null): FigureCard {
  return { key, label, value, note: value === NO_FIGURE && whyNull ? whyNull : undefined };
}

/** The dashboard's cards, by topic, in the order staff report them, named as the 述职 workbook names them. */
export function figureTopics(f: Figures): FigureTopic[] {
  const attendees = f.uniqueAttendees === null ? NO_FIGURE : `${formatCount(f.uniqueAttendees)} 人`;
  const riders = f.activeRiders === null ? NO_FIGURE : `${formatCount(f.activeRiders)} 人`;
  return [
    {
      key: 'events',
      title: '活动',
      cards: [
        count('eventsHeld', '场次', f.eventsHeld, '场'),
        count('attendance', '人次', f.attendance, '人次'),
        maybe('uniqueAttendees', '参与居民', attendees, PER_CALENDAR_PERIOD),
      ],
    },
    {
      key: 'orders',
      title: '诉求办理',
      cards: [
        count('problemsOpened', '随手拍受理', f.problemsOpened, '件'),
        count('problemsClosed', '随手拍办结', f.problemsClosed, '件'),
        count('needsOpened', '需求受理', f.needsOpened, '件'),
        count('needsClosed', '办实事', f.needsClosed, '件', '需求办结'),
        maybe('medianCloseHours', '办结时长中位数', formatHours(f.medianCloseHours), '本期无办结'),
        maybe('reopenRate', '重办率', formatShare(f.reopenRate), '本期无完成工单'),
      ],
    },
    {
      key: 'onTime',
      title: '各环节及时率',
      cards: [
        maybe('onTime.open', '接单及时率', formatShare(f.onTime.open), '本期无接单'),
        maybe('onTime.claimed', '上门及时率', formatShare(f.onTime.claimed), '本期无上门'),
        maybe('onTime.inProgress', '办结及时率', formatShare(f.onTime.inProgress), '本期无办结'),
      ],
    },
    {
      key: 'rating',
      title: '满意度',
      cards: [
        {
          ...maybe('ratingAverage', '平均分', formatRating(f.ratingAverage), '本期无评价'),
          ...(f.ratingAverage === null ? {} : { note: `${formatCount(f.ratingCount)} 条评价` }),
        },
        maybe('ratingGoodShare', '4星及以上占比', formatShare(f.ratingGoodShare), '本期无评价'),
      ],
    },
    {
      key: 'riders',
      title: '骑手（兼职网格员）',
      cards: [
        maybe('activeRiders', '活跃骑手', riders, PER_CALENDAR_PERIOD),
        count('riderOrders', '骑手完成单', f.riderOrders, '单', `共完成 ${formatCount(f.ordersFinished)} 单`),
      ],
    },
    {
      key: 'points',
      title: '积分',
      cards: [
        count('pointsIssued', '发放', f.pointsIssued, '分'),
        count('pointsRedeemed', '兑换', f.pointsRedeemed, '分'),
      ],
    },
    {
      key: 'members',
      title: '成员',
      cards: [
        count('newMembers', '新成员', f.newMembers, '人'),
        count('homesVerified', '新认证住户', f.homesVerified, '户'),
        count('homesTotal', '认证住户总数', f.homesTotal, '户', '截至期末'),
      ],
    },
    {
      key: 'volunteer',
      title: '志愿服务',
      cards: [{ key: 'volunteerHours', label: '志愿服务时长', value: `${tenths(f.volunteerHours)} 小时` }],
    },
    {
      key: 'care',
      title: '帮扶走访',
      cards: [
        count('care.visits', '入户走访', f.care.visits, '次'),
        count('care.records', '在册帮扶户', f.care.records, '户', '截至期末'),
        count('care.overdue', '走访逾期', f.care.overdue, '户', '截至期末'),
      ],
    },
    {
      key: 'mediation',
      title: '矛盾调解',
      cards: [
        count('mediation.requested', '调解申请', f.mediation.requested, '件'),
        count('mediation.agreed', '达成协议', f.mediation.agreed, '件'),
        count('mediation.partial', '部分达成', f.mediation.partial, '件'),
        count('mediation.failed', '未达成', f.mediation.failed, '件', '已引导其他途径'),
      ],
    },
  ];
}

export const TREND_SERIES_LABEL: Record<TrendSeries, string> = {
  eventsHeld: '活动场次',
  attendance: '活动人次',
  problemsOpened: '随手拍受理',
  problemsClosed: '随手拍办结',
  needsOpened: '需求受理',
  needsClosed: '办实事',
  pointsIssued: '积分发放',
  volunteerHours: '志愿服务时长',
};
