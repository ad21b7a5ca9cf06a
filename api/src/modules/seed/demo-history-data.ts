import {
  type EarningSource,
  EventType,
  FlagReason,
  type FreeWindow,
  HonourKind,
  PlaceUnitKind,
  PointsSource,
  RiderPlatform,
  Role,
} from '@tongxin/types';

import type { DemoEvent, DemoUnit, DemoUser } from './demo-data';

/**
 * A month of community life for the demo (`SEED_DEMO_HISTORY=on`), from the articles' own programmes: neighbours
 * who are not demo accounts, the Binhe businesses, past events, reports and needs in every state, the points mall,
 * 石榴籽 honours and volunteer hours. The seed plays it through the services (demo-history.service.ts).
 */

/** Residents, riders and a second staff member; not offered at demo login. */
export const DEMO_NEIGHBOURS: DemoUser[] = [
  neighbour('bater', '巴特尔', 'ajilaqin/g1/b2', '13800000101', '五老宣讲员'),
  neighbour('guifang', '马桂芳', 'ajilaqin/g1/b3', '13800000102', '独居老人'),
  neighbour('zhiqiang', '张志强', 'ajilaqin/g2/b2', '13800000103', '退休教师'),
  neighbour('narenhua', '娜仁花', 'ajilaqin/g3/b2', '13800000104', '书法班学员'),
  neighbour('suriya', '苏日娅', 'ajilaqin/g2/b1', '13800000111', '红石榴课堂学员家长'),
  {
    ...neighbour('zhaolei', '赵磊', 'ajilaqin/g1/b3', '13800000105', '兼职网格员'),
    grants: [
      { role: Role.Resident, place: 'ajilaqin/g1/b3' },
      { role: Role.PartTimeGridMember, place: 'ajilaqin/g1' },
    ],
  },
  {
    key: 'guilan',
    nickname: '包桂兰',
    home: 'ajilaqin/g2/b3',
    phone: '13800000106',
    grants: [{ role: Role.CommunityStaff, place: 'ajilaqin' }],
    description: '阿吉拉沁社区民族团结专干',
  },
  neighbour('yumei', '赵玉梅', 'xingwang/g1/b3', '13800000107', '丽日家园居民'),
  neighbour('hurcha', '胡日查', 'xingwang/g2/b1', '13800000108', '丽日家园居民'),
  neighbour('wangli', '王丽', 'xingwang/g2/b3', '13800000109', '丽日家园居民'),
  {
    ...neighbour('rider-liu', '滨新侠·刘师傅', 'xingwang/g3/b1', '13800000110', '兼职网格员'),
    grants: [
      { role: Role.Resident, place: 'xingwang/g3/b1' },
      { role: Role.PartTimeGridMember, place: 'xingwang/g2' },
      { role: Role.PartTimeGridMember, place: 'xingwang/g3' },
    ],
  },
];

/** Demo accounts whose home the month verified (a resident grant there): the street admin lives in 兴旺小区. */
export const DEMO_VERIFIED_HOMES: string[] = ['street-admin'];

function neighbour(key: string, nickname: string, home: string, phone: string, description: string): DemoUser {
  return { key, nickname, home, phone, grants: [{ role: Role.Resident, place: home }], description };
}

/** 敏感词管理: words the 滨河 street admin added to the keyword filter (no demo text contains them). */
export const DEMO_STREET_WORDS: { street: string; by: string; words: string[] } = {
  street: 'binhe',
  by: 'street-admin',
  words: ['黑车拉客', '高利贷', '代办假证'],
};

/** Waiting in the staff review queues (住址认证, 骑手审核): asked through the services, as a member would. */
export const DEMO_PENDING_BINDINGS: { member: string; building: string; household: string }[] = [
  { member: 'wangli', building: 'xingwang/g2/b3', household: '3单元502' },
  { member: 'guifang', building: 'ajilaqin/g1/b3', household: '2单元101' },
];
export const DEMO_PENDING_RIDERS: { member: string; platform: RiderPlatform; grids: string[]; statement: string }[] = [
  {
    member: 'hurcha',
    platform: RiderPlatform.Meituan,
    grids: ['xingwang/g2'],
    statement: '在丽日家园一带送外卖两年，下午两点到四点常有空，可以顺路接单',
  },
];

/**
 * 人员与角色 and 操作日志: roles staff granted (by member, or by phone) through the grants service, so each is audited;
 * one granted and taken back. Organizer roles only: they change no grid's order alerts.
 */
export const DEMO_STAFF_GRANTS: {
  by: string;
  member?: string;
  phone?: string;
  role: Role;
  place: string;
  revoked?: boolean;
}[] = [
  { by: 'staff-ajilaqin', phone: '13800000104', role: Role.Organizer, place: 'ajilaqin' },
  { by: 'staff-ajilaqin', member: 'zhiqiang', role: Role.Organizer, place: 'ajilaqin', revoked: true },
  { by: 'street-admin', member: 'yumei', role: Role.Organizer, place: 'xingwang' },
  { by: 'staff-xingwang', member: 'wangli', role: Role.Organizer, place: 'xingwang/g2' },
];

/** 查看完整号码: staff who had to call a member (each reveal is in 操作日志). */
export const DEMO_PHONE_REVEALS: { by: string; member: string }[] = [
  { by: 'staff-xingwang', member: 'resident-2' },
  { by: 'staff-ajilaqin', member: 'bater' },
];

/** 积分规则: 兴旺 pays less for quizzes, at most twice a day. */
export const DEMO_RULE_CHANGES: {
  by: string;
  community: string;
  source: EarningSource;
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
}[] = [
  { by: 'staff-xingwang', community: 'xingwang', source: PointsSource.Quiz, points: 3, dailyCap: 6, monthlyCap: 60 },
];

/** The Binhe businesses of the article (“暖心商业圈”): they stock the mall and two are 石榴籽企业. */
export const DEMO_BUSINESSES: DemoUnit[] = [
  {
    key: 'shiguang',
    place: 'xingwang',
    kind: PlaceUnitKind.Business,
    name: '幸福“食”光社区食堂',
    address: '兴旺社区党群服务中心西侧',
    services: '老年助餐、积分兑换午餐',
    openingHours: '每天 11:00–13:30, 17:00–19:00',
    contactPhone: '0477-8000105',
  },
  { key: 'slow-yard', place: 'xingwang', kind: PlaceUnitKind.Business, name: '慢时光小院', address: null },
  { key: 'chaoyang', place: 'binhe', kind: PlaceUnitKind.Business, name: '“朝阳学院”托管中心', address: null },
];

export interface DemoPastEvent extends DemoEvent {
  /** Who checks people in at the door (never one of the attendees). */
  scanner: string;
  attendees: string[];
  /** Signed up and did not come. */
  absent: string[];
  ratings: [member: string, stars: number, comment: string][];
  /**
   * Volunteer days: every attendee's 签到 and 签退 at the door, in minutes from the start (null: left without
   * 签退), uploaded by the scanner's phone with its own clock; the hours are counted from them.
   */
  door?: Record<string, [checkIn: number, checkOut: number | null]>;
  /** Times set afterwards by an organizer other than the volunteer, with the reason the volunteer reads. */
  adjustments?: { member: string; minutes: number; reason: string; by: string }[];
}

/** Events of the last month, with attendance and ratings; `inDays` is negative. */
export const DEMO_PAST_EVENTS: DemoPastEvent[] = [
  {
    key: 'past-children-class',
    place: 'ajilaqin',
    title: '红石榴课堂·民族团结润童心',
    type: EventType.Class,
    venue: '阿吉拉沁社区党群服务中心',
    inDays: -24,
    startHour: 15,
    hours: 2,
    capacity: 40,
    pointsReward: 10,
    description: '“民族团结润童心 红石榴课堂进社区”主题活动，家长带孩子一起听民族团结故事、做石榴籽手工。',
    scanner: 'organizer',
    attendees: ['resident', 'bater', 'narenhua', 'guifang', 'zhiqiang'],
    absent: [],
    ratings: [
      ['resident', 5, '孩子很喜欢石榴籽手工，下次还来'],
      ['narenhua', 5, '老师讲得生动'],
      ['bater', 4, '场地稍小，内容很好'],
    ],
  },
  {
    key: 'past-calligraphy',
    place: 'ajilaqin',
    title: '红石榴课堂·“石榴籽心贴心”书法培训（第一期）',
    type: EventType.Class,
    venue: '阿吉拉沁社区党群服务中心 书画室',
    inDays: -10,
    startHour: 15,
    hours: 2,
    capacity: 30,
    pointsReward: 10,
    description: '书法老师手把手教学，第一期写“中华民族一家亲”。',
    scanner: 'organizer',
    attendees: ['resident', 'narenhua', 'grid-worker', 'zhiqiang'],
    absent: ['guifang'],
    ratings: [
      ['narenhua', 5, '笔墨纸砚都准备好了，很贴心'],
      ['resident', 4, '希望多开几期'],
    ],
  },
  {
    key: 'past-clothesline',
    place: 'xingwang',
    title: '“网格下单、全员抢单”志愿服务日·公共晾衣架安装',
    type: EventType.Volunteer,
    venue: '丽日家园中心广场',
    inDays: -18,
    startHour: 9,
    hours: 3,
    capacity: 30,
    pointsReward: 15,
    description: '七色花服务联盟与“滨新侠”同心车队一起安装小区公共晾衣架，解决晾衣难。',
    scanner: 'staff-xingwang',
    attendees: ['resident-2', 'part-time-member', 'rider', 'rider-liu', 'hurcha', 'yumei'],
    absent: ['wangli'],
    ratings: [
      ['resident-2', 5, '晾衣架装好了，大家都说方便'],
      ['hurcha', 5, '邻里一起干活很热闹'],
      ['rider', 4, '送完单赶过来，活动安排得好'],
    ],
    // 李秀兰 came early to set up (counted up to the 3 hours the day lasted); 胡日查 left without 签退.
    door: {
      'resident-2': [-25, 185],
      'part-time-member': [5, 150],
      rider: [40, 175],
      'rider-liu': [0, 178],
      hurcha: [10, null],
      yumei: [15, 120],
    },
    adjustments: [{ member: 'hurcha', minutes: 150, reason: '离开时忘记签退，按现场签到表补记', by: 'staff-xingwang' }],
  },
  {
    key: 'past-stairwell-volunteer',
    place: 'ajilaqin',
    title: '“石榴籽”志愿服务日·楼道清理与独居老人探访',
    type: EventType.Volunteer,
    venue: '阿吉拉沁社区党群服务中心（集合）',
    inDays: -15,
    startHour: 9,
    hours: 3,
    capacity: 30,
    pointsReward: 0,
    description: '志愿者分组清理楼道杂物、张贴消防安全提示，并走访独居老人，帮忙打扫卫生、检查水电。',
    scanner: 'organizer',
    attendees: ['resident', 'bater', 'zhiqiang', 'narenhua'],
    absent: [],
    ratings: [
      ['resident', 5, '和邻居们一起清理楼道，很有意义'],
      ['zhiqiang', 5, '走访的老人们很高兴'],
    ],
    door: { resident: [-10, 175], bater: [0, 180], zhiqiang: [5, 130], narenhua: [20, 160] },
  },
  {
    key: 'past-care-volunteer',
    place: 'ajilaqin',
    title: '公益假期托管班·志愿辅导作业',
    type: EventType.Volunteer,
    venue: '阿吉拉沁社区党群服务中心 二楼活动室',
    inDays: -4,
    startHour: 14,
    hours: 2.5,
    capacity: 10,
    pointsReward: 0,
    description: '退休教师和居民志愿者为托管班的孩子辅导作业、读绘本。',
    scanner: 'organizer',
    attendees: ['resident', 'zhiqiang'],
    absent: [],
    ratings: [['zhiqiang', 5, '孩子们很认真']],
    door: { resident: [0, null], zhiqiang: [-5, 150] },
    adjustments: [
      { member: 'resident', minutes: 120, reason: '忘记签退，按实际离开时间（16:00）补记', by: 'organizer' },
    ],
  },
  {
    key: 'past-unity-quiz',
    place: 'xingwang',
    title: '“石榴籽心连心 民族团结一家亲”主题活动',
    type: EventType.Talk,
    venue: '兴旺社区铸牢中华民族共同体意识实践教育站',
    inDays: -6,
    startHour: 19,
    hours: 2,
    capacity: 60,
    pointsReward: 10,
    description: '同心宣讲队讲政策、现场“感党恩、听党话、跟党走”答题。',
    scanner: 'staff-xingwang',
    attendees: ['resident-2', 'yumei', 'wangli', 'rider', 'part-time-member'],
    absent: [],
    ratings: [
      ['yumei', 5, '答题环节很有意思'],
      ['wangli', 3, '时间有点晚'],
    ],
  },
];

/** A weekly programme (系列活动): its sessions are events of their own, some held, the rest ahead. */
export interface DemoSeries {
  key: string;
  place: string;
  title: string;
  type: EventType;
  venue: string;
  description: string;
  /** ISO weekday (2 = 周二), China time. */
  weekday: number;
  startHour: number;
  hours: number;
  sessions: number;
  capacity: number;
  pointsReward: number;
  organizer: string;
  /** Who checks people in at the held sessions (never one of their attendees). */
  scanner: string;
  /** The sessions already held, oldest first (the last one the week before the next session). */
  held: Pick<DemoPastEvent, 'attendees' | 'absent' | 'ratings'>[];
  /** 报名全部场次: a sign-up in every session ahead. */
  wholeSeries: string[];
  /** Single sessions ahead: [member, n], n = 1 the next session; the next one fills up and has a waiting list. */
  singleSessions: [member: string, session: number][];
}

/** 红石榴课堂 every Tuesday afternoon for twelve weeks (the article's programme runs to 60+ sessions). */
export const DEMO_SERIES: DemoSeries = {
  key: 'red-pomegranate-weekly',
  place: 'ajilaqin',
  title: '红石榴课堂·每周民族团结小课堂',
  type: EventType.Class,
  venue: '阿吉拉沁社区党群服务中心 多功能厅',
  description:
    '“红石榴课堂”每周二下午开课：民族团结故事、石榴籽手工、国家通用语言文字诵读，一期 12 周，可以报名单场，也可以一次报名全部场次。',
  weekday: 2,
  startHour: 15,
  hours: 1.5,
  sessions: 12,
  capacity: 6,
  pointsReward: 5,
  organizer: 'organizer',
  scanner: 'organizer',
  held: [
    {
      attendees: ['bater', 'narenhua', 'guifang', 'zhiqiang'],
      absent: [],
      ratings: [['narenhua', 5, '第一课讲石榴籽的故事，孩子听得很认真']],
    },
    { attendees: ['bater', 'narenhua', 'zhiqiang', 'zhaolei'], absent: ['guifang'], ratings: [] },
    {
      attendees: ['narenhua', 'guifang', 'zhiqiang', 'zhaolei', 'guilan'],
      absent: ['bater'],
      ratings: [['guifang', 4, '手工课很有意思，希望多准备些材料']],
    },
  ],
  wholeSeries: ['narenhua', 'bater', 'guifang', 'zhiqiang', 'zhaolei'],
  singleSessions: [
    ['guilan', 1],
    ['suriya', 1],
    ['suriya', 3],
  ],
};

/** Sign-ups to upcoming events (base events of demo-data.ts). */
export const DEMO_SIGNUPS: [member: string, event: string][] = [
  ['resident', 'calligraphy'],
  ['narenhua', 'calligraphy'],
  ['bater', 'elders-stories'],
  ['grid-worker', 'elders-stories'],
  ['resident', 'qingcheng-festival'],
  ['resident-2', 'clothesline-volunteer'],
  ['part-time-member', 'clothesline-volunteer'],
  ['rider', 'gratitude-talk'],
  ['yumei', 'neighbourhood-festival'],
  ['resident-2', 'neighbourhood-festival'],
  ['organizer', 'gratitude-talk'],
  ['staff-ajilaqin', 'gratitude-talk'],
  ['staff-xingwang', 'enterprise-lecture'],
  ['street-admin', 'neighbourhood-festival'],
];

/**
 * 我的顺路 of the riders: the grids or buildings they pass between deliveries and when they are usually free. 马师傅
 * passes the orange grid, so its orders lead his hall with 顺路 and the red grid's follow.
 */
export const DEMO_ROUTES: { member: string; places: string[]; windows: FreeWindow[] }[] = [
  {
    member: 'part-time-member',
    places: ['xingwang/g2'],
    windows: [
      { start: '07:30', end: '09:00', weekdays: [] },
      { start: '14:00', end: '16:00', weekdays: [] },
      { start: '20:30', end: '22:00', weekdays: [1, 2, 3, 4, 5] },
    ],
  },
  {
    member: 'rider-liu',
    places: ['xingwang/g3', 'xingwang/g2/b2'],
    windows: [
      { start: '10:00', end: '11:00', weekdays: [] },
      { start: '15:00', end: '17:00', weekdays: [6, 7] },
    ],
  },
  {
    member: 'zhaolei',
    places: ['ajilaqin/g1/b1', 'ajilaqin/g1/b2'],
    windows: [{ start: '12:00', end: '13:30', weekdays: [] }],
  },
];

/** How far a report has come: every state of the order table, and a reopened one. */
export type DemoStage = 'open' | 'claimed' | 'in_progress' | 'done' | 'reopened' | 'confirmed' | 'closed' | 'cancelled';

export interface DemoReport {
  key: string;
  reporter: string;
  /** `<community>/<category>` of DEMO_CATEGORIES. */
  category: string;
  building: string;
  text: string;
  detail?: string;
  stage: DemoStage;
  /** Grabs it (or is assigned it by `dispatcher`). */
  handler?: string;
  /** 稍后上门: grabbed with a promise to come this many hours after seeding (inside the claim's deadline). */
  promiseInHours?: number;
  dispatcher?: string;
  /** Staff or grid worker who confirms the report is real (the reporter is paid then). */
  verifier?: string;
  rating?: [stars: number, comment: string];
  /** Staff who close or cancel it. */
  staff?: string;
  /** Neighbours who flag it (举报) with this reason: at the threshold it is hidden pending review. */
  flaggedBy?: string[];
  flagReason?: FlagReason;
  /** A moderator's decision on its case (held by the keyword filter, or hidden by flags). */
  moderated?: { by: string; outcome: 'passed' | 'removed'; reason: string };
  /** Played now, then moved this many days back (the months of 办实事公开 and the dashboards' trends). */
  daysAgo?: number;
  /** 亲情代办: filed by this linked family member for the reporter. */
  filedBy?: string;
}

export const DEMO_REPORTS: DemoReport[] = [
  // Fixed in the months before: what 办实事公开 and the dashboards' trends show.
  {
    key: 'xw-past-lamp',
    reporter: 'resident-2',
    category: 'xingwang/facilities',
    building: 'xingwang/g1/b2',
    text: '2号楼楼道声控灯不亮，晚上上下楼看不清',
    stage: 'confirmed',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
    rating: [5, '第二天就换好了'],
    daysAgo: 6,
  },
  {
    key: 'xw-past-trash',
    reporter: 'wangli',
    category: 'xingwang/sanitation',
    building: 'xingwang/g2/b3',
    text: '3号楼后面堆了好几袋建筑垃圾',
    stage: 'confirmed',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
    rating: [5, '清得很干净'],
    daysAgo: 12,
  },
  {
    key: 'xw-past-faucet',
    reporter: 'hurcha',
    category: 'xingwang/repair',
    building: 'xingwang/g2/b1',
    text: '卫生间水龙头关不紧一直滴水',
    stage: 'confirmed',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
    rating: [4, '修好了，师傅很专业'],
    daysAgo: 24,
  },
  {
    key: 'xw-past-medicine',
    reporter: 'yumei',
    category: 'xingwang/errand',
    building: 'xingwang/g1/b3',
    text: '老人行动不便，请人帮忙到药店买常用药',
    stage: 'confirmed',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
    rating: [5, '送药上门，老人很感动'],
    daysAgo: 41,
  },
  {
    key: 'xw-past-railing',
    reporter: 'resident-2',
    category: 'xingwang/safety',
    building: 'xingwang/g1/b2',
    text: '2号楼门口的扶手松动，老人扶着不安全',
    stage: 'confirmed',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
    rating: [5, '加固得很结实'],
    daysAgo: 58,
  },
  {
    key: 'xw-past-bench',
    reporter: 'wangli',
    category: 'xingwang/facilities',
    building: 'xingwang/g3/b3',
    text: '兴旺小区3号楼前的花坛边砖块松动',
    stage: 'confirmed',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
    rating: [3, '修好了但等了两天'],
    daysAgo: 77,
  },
  {
    key: 'ajq-past-drain',
    reporter: 'resident',
    category: 'ajilaqin/sanitation',
    building: 'ajilaqin/g1/b1',
    text: '1号楼旁边下水道堵了，下雨积水',
    stage: 'confirmed',
    handler: 'grid-worker',
    verifier: 'staff-ajilaqin',
    rating: [5, '当天就疏通了'],
    daysAgo: 9,
  },
  {
    key: 'ajq-past-elder',
    reporter: 'guifang',
    category: 'ajilaqin/elder-care',
    building: 'ajilaqin/g1/b3',
    text: '独居老人想请人陪同去社区医院体检',
    stage: 'confirmed',
    handler: 'zhaolei',
    verifier: 'staff-ajilaqin',
    rating: [5, '陪着老人跑了一上午'],
    daysAgo: 33,
  },
  {
    key: 'ajq-past-door',
    reporter: 'narenhua',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g1/b2',
    text: '单元门禁坏了，门一直关不上',
    stage: 'confirmed',
    handler: 'grid-worker',
    verifier: 'staff-ajilaqin',
    rating: [4, '换了新的门禁'],
    daysAgo: 95,
  },
  {
    key: 'ajq-past-tv',
    reporter: 'guifang',
    category: 'ajilaqin/repair',
    building: 'ajilaqin/g1/b3',
    text: '家里网络断了，想请人上门看看',
    stage: 'confirmed',
    handler: 'zhaolei',
    verifier: 'staff-ajilaqin',
    rating: [5, '耐心又细心'],
    daysAgo: 128,
  },
  // 兴旺社区丽日家园: the riders' grids (马师傅 red and orange, 刘师傅 orange and yellow).
  {
    key: 'xw-rack-broken',
    reporter: 'resident-2',
    category: 'xingwang/facilities',
    building: 'xingwang/g1/b3',
    text: '3号楼东侧公共晾衣架横杆断了一根，衣服晾不开',
    detail: '3号楼东侧晾衣区',
    stage: 'open',
  },
  {
    key: 'xw-manhole',
    reporter: 'rider',
    category: 'xingwang/safety',
    building: 'xingwang/g2/b1',
    text: '送餐路过发现橙色网格1号楼门口井盖松动，电动车压过去会翘起',
    stage: 'open',
    verifier: 'staff-xingwang',
  },
  {
    key: 'xw-medicine',
    reporter: 'yumei',
    category: 'xingwang/elder-care',
    building: 'xingwang/g1/b3',
    text: '家里老人腿脚不便，想请人每周三帮忙到社区卫生站代取降压药',
    stage: 'open',
  },
  {
    key: 'xw-fee',
    reporter: 'hurcha',
    category: 'xingwang/errand',
    building: 'xingwang/g2/b1',
    text: '白天上班走不开，想请网格员帮忙代缴本季度物业费',
    stage: 'open',
  },
  {
    key: 'xw-corridor',
    reporter: 'wangli',
    category: 'xingwang/sanitation',
    building: 'xingwang/g2/b2',
    text: '橙色网格2号楼二单元楼道堆放纸箱杂物，影响通行也有火灾隐患',
    stage: 'claimed',
    handler: 'rider-liu',
    promiseInHours: 1.5,
    verifier: 'staff-xingwang',
  },
  {
    key: 'xw-streetlight',
    reporter: 'resident-2',
    category: 'xingwang/facilities',
    building: 'xingwang/g2/b3',
    text: '橙色网格3号楼旁边的路灯连续几晚不亮，晚上回家很黑',
    stage: 'in_progress',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
  },
  {
    key: 'xw-door-closer',
    reporter: 'resident-2',
    category: 'xingwang/facilities',
    building: 'xingwang/g1/b2',
    text: '2号楼单元门闭门器坏了，门关不上，冬天楼道很冷',
    stage: 'done',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
  },
  {
    key: 'xw-old-rack',
    reporter: 'yumei',
    category: 'xingwang/facilities',
    building: 'xingwang/g1/b3',
    text: '小区公共晾衣架老化生锈，绳子也断了，老人晾被子很难',
    stage: 'confirmed',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
    rating: [5, '马师傅当天就修好了，还加了两根绳子'],
  },
  {
    key: 'xw-greenbelt',
    reporter: 'rider',
    category: 'xingwang/sanitation',
    building: 'xingwang/g2/b2',
    text: '橙色网格绿化带里有人倒了装修垃圾',
    stage: 'closed',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
    rating: [5, '清理得很干净'],
    staff: 'staff-xingwang',
  },
  {
    key: 'xw-leak',
    reporter: 'hurcha',
    category: 'xingwang/repair',
    building: 'xingwang/g2/b1',
    text: '厨房水管接口漏水，想请师傅上门看看',
    stage: 'reopened',
    handler: 'part-time-member',
    verifier: 'staff-xingwang',
  },
  {
    key: 'xw-parking',
    reporter: 'wangli',
    category: 'xingwang/safety',
    building: 'xingwang/g2/b3',
    text: '消防通道被私家车长期占用',
    stage: 'confirmed',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
    rating: [2, '车挪走了，第二天又停回来了'],
  },
  {
    key: 'xw-duplicate',
    reporter: 'wangli',
    category: 'xingwang/facilities',
    building: 'xingwang/g1/b3',
    text: '3号楼晾衣架坏了',
    stage: 'cancelled',
    staff: 'staff-xingwang',
  },
  {
    key: 'xw-yellow-bench',
    reporter: 'street-admin',
    category: 'xingwang/facilities',
    building: 'xingwang/g3/b3',
    text: '兴旺小区3号楼前的休息长椅木条松了',
    stage: 'done',
    handler: 'rider-liu',
    verifier: 'staff-xingwang',
  },
  // 阿吉拉沁社区: 王建国's first grid, with the part-time member 赵磊.
  {
    key: 'ajq-medicine-for-mum',
    reporter: 'guifang',
    filedBy: 'family-child',
    category: 'ajilaqin/errand',
    building: 'ajilaqin/g1/b3',
    text: '我在外地工作，妈妈腿脚不便，想请网格员每周帮她到社区卫生站取一次降压药',
    detail: '2单元101',
    stage: 'open',
  },
  {
    key: 'ajq-puddle',
    reporter: 'resident',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g1/b1',
    text: '1号楼前路面破损，一下雨就积水，老人孩子走路容易滑倒',
    stage: 'open',
    verifier: 'staff-ajilaqin',
  },
  {
    key: 'ajq-escort',
    reporter: 'guifang',
    category: 'ajilaqin/elder-care',
    building: 'ajilaqin/g1/b3',
    text: '独居，下周二要去医院复查，想请人陪同',
    stage: 'open',
  },
  {
    key: 'ajq-mailbox',
    reporter: 'bater',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g1/b2',
    text: '2号楼信报箱门脱落了好几个',
    stage: 'in_progress',
    handler: 'grid-worker',
    dispatcher: 'staff-ajilaqin',
    verifier: 'staff-ajilaqin',
  },
  {
    key: 'ajq-stair-light',
    reporter: 'resident',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g1/b1',
    text: '1号楼三单元楼道声控灯不亮',
    stage: 'done',
    handler: 'zhaolei',
    verifier: 'grid-worker',
  },
  {
    key: 'ajq-bins',
    reporter: 'resident',
    category: 'ajilaqin/sanitation',
    building: 'ajilaqin/g1/b2',
    text: '2号楼垃圾桶满了两天没人清运',
    stage: 'confirmed',
    handler: 'grid-worker',
    verifier: 'staff-ajilaqin',
    rating: [5, '王网格员很负责'],
  },
  {
    key: 'ajq-tv',
    reporter: 'guifang',
    category: 'ajilaqin/repair',
    building: 'ajilaqin/g1/b3',
    text: '电视机顶盒没信号，不会弄，想请人上门看看',
    stage: 'closed',
    handler: 'grid-worker',
    rating: [5, '耐心教我用遥控器'],
    staff: 'staff-ajilaqin',
  },
  {
    key: 'ajq-dog',
    reporter: 'narenhua',
    category: 'ajilaqin/safety',
    building: 'ajilaqin/g1/b2',
    text: '小区里有大型犬不牵绳，孩子害怕',
    stage: 'confirmed',
    handler: 'zhaolei',
    verifier: 'grid-worker',
    rating: [2, '只贴了告示，狗还是不牵绳'],
  },
  {
    key: 'ajq-fitness',
    reporter: 'organizer',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g3/b1',
    text: '社区广场健身器材有一个转轮松动，活动前需要检修',
    stage: 'open',
    verifier: 'staff-ajilaqin',
  },
  {
    key: 'ajq-fitness-again',
    reporter: 'organizer',
    category: 'ajilaqin/facilities',
    building: 'ajilaqin/g3/b1',
    text: '广场健身器材转轮松动',
    stage: 'cancelled',
    staff: 'staff-ajilaqin',
  },
  // 内容审核: held by the keyword filter (one waiting, one already passed) and flagged by neighbours.
  {
    key: 'xw-ads-held',
    reporter: 'hurcha',
    category: 'xingwang/sanitation',
    building: 'xingwang/g2/b1',
    text: '单元门上贴满“兼职日结、加微信”的小广告，撕了又贴，请帮忙清理',
    stage: 'open',
  },
  {
    key: 'ajq-gambling-passed',
    reporter: 'zhiqiang',
    category: 'ajilaqin/safety',
    building: 'ajilaqin/g2/b2',
    text: '2号楼地下室有人深夜聚众赌博，吵得老人睡不着',
    stage: 'open',
    moderated: { by: 'staff-ajilaqin', outcome: 'passed', reason: '反映治安问题，内容属实' },
  },
  {
    key: 'xw-fake-fee-flagged',
    reporter: 'yumei',
    category: 'xingwang/safety',
    building: 'xingwang/g1/b3',
    text: '物业是骗子，这个月的物业费大家都别交',
    stage: 'open',
    flaggedBy: ['rider', 'resident-2', 'part-time-member'],
    flagReason: FlagReason.False,
  },
  {
    key: 'ajq-staff-railing',
    reporter: 'staff-ajilaqin',
    category: 'ajilaqin/safety',
    building: 'ajilaqin/g1/b2',
    text: '巡查发现2号楼外墙空调架锈蚀，存在坠落隐患',
    stage: 'open',
    verifier: 'grid-worker',
  },
];

export interface DemoMallItem {
  key: string;
  community: string;
  name: string;
  /** A business of DEMO_BUSINESSES, or stocked by staff. */
  business?: string;
  price: number;
  stock: number;
  limit: number;
  pickup: string;
  stockedBy: string;
}

const XINGWANG_PICKUP = '兴旺社区党群服务中心一楼';
const AJILAQIN_PICKUP = '阿吉拉沁社区党群服务中心';

export const DEMO_MALL_ITEMS: DemoMallItem[] = [
  {
    key: 'lunch',
    community: 'xingwang',
    name: '幸福“食”光爱心午餐券',
    business: 'shiguang',
    price: 20,
    stock: 50,
    limit: 4,
    pickup: '幸福“食”光社区食堂',
    stockedBy: 'staff-xingwang',
  },
  {
    key: 'tea',
    community: 'xingwang',
    name: '慢时光小院下午茶体验券',
    business: 'slow-yard',
    price: 30,
    stock: 20,
    limit: 2,
    pickup: '慢时光小院',
    stockedBy: 'staff-xingwang',
  },
  {
    key: 'care-class',
    community: 'xingwang',
    name: '“朝阳学院”托管体验课一次',
    business: 'chaoyang',
    price: 40,
    stock: 10,
    limit: 1,
    pickup: '“朝阳学院”托管中心前台',
    stockedBy: 'staff-xingwang',
  },
  {
    key: 'bag',
    community: 'xingwang',
    name: '石榴籽环保购物袋',
    price: 15,
    stock: 80,
    limit: 2,
    pickup: XINGWANG_PICKUP,
    stockedBy: 'staff-xingwang',
  },
  {
    key: 'radio',
    community: 'xingwang',
    name: '“同心音频”收音机（60岁以上优先）',
    price: 60,
    stock: 8,
    limit: 1,
    pickup: XINGWANG_PICKUP,
    stockedBy: 'staff-xingwang',
  },
  {
    key: 'copybook',
    community: 'ajilaqin',
    name: '“石榴籽心贴心”书法字帖',
    price: 15,
    stock: 40,
    limit: 2,
    pickup: AJILAQIN_PICKUP,
    stockedBy: 'staff-ajilaqin',
  },
  {
    key: 'silk-kit',
    community: 'ajilaqin',
    name: '非遗丝编材料包',
    price: 25,
    stock: 25,
    limit: 1,
    pickup: AJILAQIN_PICKUP,
    stockedBy: 'staff-ajilaqin',
  },
  {
    key: 'notebook',
    community: 'ajilaqin',
    name: '民族团结主题笔记本',
    price: 10,
    stock: 60,
    limit: 3,
    pickup: AJILAQIN_PICKUP,
    stockedBy: 'staff-ajilaqin',
  },
  {
    key: 'canvas-bag',
    community: 'ajilaqin',
    name: '红石榴帆布包',
    price: 20,
    stock: 30,
    limit: 1,
    pickup: AJILAQIN_PICKUP,
    stockedBy: 'staff-ajilaqin',
  },
];

/** Redemptions: some picked up (handed over by staff), some waiting at the pickup place. */
export const DEMO_REDEMPTIONS: { member: string; item: string; collectedBy?: string }[] = [
  { member: 'yumei', item: 'lunch', collectedBy: 'staff-xingwang' },
  { member: 'resident-2', item: 'bag', collectedBy: 'staff-xingwang' },
  { member: 'resident-2', item: 'lunch' },
  { member: 'part-time-member', item: 'lunch' },
  { member: 'hurcha', item: 'bag' },
  { member: 'resident', item: 'notebook', collectedBy: 'staff-ajilaqin' },
  { member: 'resident', item: 'copybook' },
  { member: 'narenhua', item: 'copybook', collectedBy: 'staff-ajilaqin' },
  { member: 'rider', item: 'lunch' },
  { member: 'grid-worker', item: 'notebook', collectedBy: 'staff-ajilaqin' },
  { member: 'organizer', item: 'notebook' },
  { member: 'staff-ajilaqin', item: 'copybook' },
  { member: 'staff-xingwang', item: 'bag' },
  { member: 'street-admin', item: 'bag', collectedBy: 'staff-xingwang' },
];

export interface DemoHonour {
  community: string;
  kind: HonourKind;
  member?: string;
  business?: string;
  citation: string;
  nominatedBy: string;
  /** A second staff member publishes it; none leaves it waiting for review. */
  approvedBy?: string;
}

/** 滨河街道 named 6 石榴籽个人 and 2 石榴籽企业; 阿吉拉沁 honours its 五老 and volunteers. */
export const DEMO_HONOURS: DemoHonour[] = [
  ...(
    [
      ['resident-2', '组织丽日家园邻里互助，带头参与公共晾衣架安装志愿服务'],
      ['part-time-member', '“滨新侠”兼职网格员，一个月接单办结十余件，随叫随到'],
      ['rider', '送餐路上随手拍发现井盖、垃圾等隐患，第一时间上报'],
      ['yumei', '照顾楼里独居老人，坚持每周代取药品'],
      ['hurcha', '调解邻里矛盾，促进各族居民和睦相处'],
      ['rider-liu', '“滨新侠”同心车队队员，夜间巡查路灯与消防通道'],
    ] as const
  ).map(([member, citation]) => ({
    community: 'xingwang',
    kind: HonourKind.Person,
    member,
    citation,
    nominatedBy: 'staff-xingwang',
    approvedBy: 'street-admin',
  })),
  {
    community: 'xingwang',
    kind: HonourKind.Business,
    business: 'shiguang',
    citation: '为辖区老人提供爱心午餐，解决商户“一老一小”看护难的后顾之忧',
    nominatedBy: 'staff-xingwang',
    approvedBy: 'street-admin',
  },
  {
    community: 'xingwang',
    kind: HonourKind.Business,
    business: 'slow-yard',
    citation: '开放小院作为“同心商小爱”活动场地，企地同心共建美好家园',
    nominatedBy: 'staff-xingwang',
    approvedBy: 'street-admin',
  },
  {
    community: 'xingwang',
    kind: HonourKind.Person,
    member: 'wangli',
    citation: '积极反映消防通道占用问题，推动小区停车秩序整治',
    nominatedBy: 'staff-xingwang',
  },
  {
    community: 'ajilaqin',
    kind: HonourKind.Person,
    member: 'bater',
    citation: '“五老讲红色故事”宣讲员，一个月走进课堂讲了六场',
    nominatedBy: 'staff-ajilaqin',
    approvedBy: 'guilan',
  },
  {
    community: 'ajilaqin',
    kind: HonourKind.Person,
    member: 'resident',
    citation: '随手拍上报楼道、路面问题，带孩子参加红石榴课堂',
    nominatedBy: 'staff-ajilaqin',
    approvedBy: 'guilan',
  },
  {
    community: 'ajilaqin',
    kind: HonourKind.Person,
    member: 'zhiqiang',
    citation: '退休教师，义务为公益假期托管班辅导作业',
    nominatedBy: 'guilan',
    approvedBy: 'staff-ajilaqin',
  },
  {
    community: 'ajilaqin',
    kind: HonourKind.Person,
    member: 'narenhua',
    citation: '书法班骨干学员，带动邻里练字',
    nominatedBy: 'guilan',
  },
];

/** 志愿服务记录证明 issued by staff of the member's community (the ID number is kept masked only). */
export const DEMO_VOLUNTEER_CERTIFICATES: {
  member: string;
  by: string;
  name: string;
  idNumber: string;
  contact: string;
}[] = [
  { member: 'resident', by: 'staff-ajilaqin', name: '其其格', idNumber: '150102199003151234', contact: '0471-6612345' },
];

/** Volunteer hours (5 points an hour by default), recorded by someone other than the volunteer. */
export const DEMO_VOLUNTEER_HOURS: { member: string; community: string; hours: number; by: string; reason: string }[] =
  [
    { member: 'organizer', community: 'ajilaqin', hours: 4, by: 'staff-ajilaqin', reason: '筹备红石榴课堂志愿服务' },
    {
      member: 'staff-ajilaqin',
      community: 'ajilaqin',
      hours: 3,
      by: 'guilan',
      reason: '“讲好民族团结进步故事”志愿讲解',
    },
    { member: 'staff-xingwang', community: 'xingwang', hours: 6, by: 'street-admin', reason: '公共晾衣架安装志愿服务' },
    { member: 'street-admin', community: 'xingwang', hours: 2, by: 'staff-xingwang', reason: '“滨新侠”同心屋值守' },
    { member: 'bater', community: 'ajilaqin', hours: 8, by: 'staff-ajilaqin', reason: '“五老讲红色故事”宣讲' },
    { member: 'mediator', community: 'ajilaqin', hours: 6, by: 'staff-ajilaqin', reason: '石榴调解工作室志愿调解' },
    {
      member: 'mediation-admin',
      community: 'ajilaqin',
      hours: 2,
      by: 'staff-ajilaqin',
      reason: '“法治宣传周”普法咨询',
    },
    { member: 'care-worker', community: 'ajilaqin', hours: 3, by: 'staff-ajilaqin', reason: '“一老一小”入户关爱' },
    {
      member: 'family-child',
      community: 'xingwang',
      hours: 2,
      by: 'staff-xingwang',
      reason: '丽日家园环境整治志愿服务',
    },
    { member: 'rider', community: 'xingwang', hours: 3, by: 'staff-xingwang', reason: '同心车队夜间巡查' },
  ];
