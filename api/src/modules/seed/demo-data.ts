import { EventStatus, EventType, PlaceLevel, PlaceUnitKind, ReportKind, Role } from '@tongxin/types';

import { stableId } from '../../infra/database/ids';
import { CHINA_OFFSET_MS, chinaWallClock } from '../../infra/time/china-time';
import { DEFAULT_CATEGORIES } from '../orders/default-categories';

/** The real places and programmes of the two source articles (环河街街道阿吉拉沁社区, 滨河街道兴旺社区丽日家园). */
export interface DemoPlace {
  key: string;
  name: string;
  level: PlaceLevel;
  parent?: string;
  /** Grids: a rectangle `[west, south, east, north]` (lng/lat) standing in for the surveyed boundary. */
  box?: Box;
}

type Box = [west: number, south: number, east: number, north: number];

/** Stations, co-building units and businesses named in the articles. */
export interface DemoUnit {
  key: string;
  place: string;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
  /** What 站点与共建单位 shows: services, hours and a contact (service numbers are in the unallocated 0477-800 range). */
  services?: string;
  openingHours?: string;
  contactName?: string;
  contactPhone?: string;
  location?: { lng: number; lat: number };
}

export interface DemoEvent {
  key: string;
  place: string;
  title: string;
  type: EventType;
  venue: string;
  /** Days from the seeding day; the start hour is local (UTC+8). */
  inDays: number;
  startHour: number;
  hours: number;
  capacity: number;
  pointsReward: number;
  description: string;
}

export interface DemoUser {
  key: string;
  nickname: string;
  /** Building key; residents hold the resident role there. */
  home: string;
  /** Demo phone numbers are in the 138-0000 range, which is not allocated to real subscribers. */
  phone: string;
  grants: { role: Role; place: string }[];
  description: string;
}

function grids({
  community,
  names,
  buildingsPerGrid,
  buildingName,
}: {
  community: string;
  names: [string, Box][];
  buildingsPerGrid: number;
  buildingName: (g: number, b: number) => string;
}) {
  return names.flatMap(([name, box], g): DemoPlace[] => [
    { key: `${community}/g${g + 1}`, name, level: PlaceLevel.Grid, parent: community, box },
    ...Array.from({ length: buildingsPerGrid }, (_, b) => ({
      key: `${community}/g${g + 1}/b${b + 1}`,
      name: buildingName(g, b),
      level: PlaceLevel.Building,
      parent: `${community}/g${g + 1}`,
    })),
  ]);
}

export const DEMO_PLACES: DemoPlace[] = [
  { key: 'huanhejie', name: '环河街街道', level: PlaceLevel.Street },
  { key: 'ajilaqin', name: '阿吉拉沁社区', level: PlaceLevel.Community, parent: 'huanhejie' },
  // About 300 m × 300 m each, side by side: Ajilaqin in Huimin District, Hohhot; Xingwang in Kangbashi, Ordos.
  ...grids({
    community: 'ajilaqin',
    names: [
      ['阿吉拉沁第一网格', [111.655, 40.808, 111.6585, 40.8107]],
      ['阿吉拉沁第二网格', [111.6585, 40.808, 111.662, 40.8107]],
      ['阿吉拉沁第三网格', [111.655, 40.8107, 111.6585, 40.8134]],
      ['阿吉拉沁第四网格', [111.6585, 40.8107, 111.662, 40.8134]],
    ],
    buildingsPerGrid: 3,
    buildingName: (g, b) => `${g * 3 + b + 1}号楼`,
  }),
  { key: 'binhe', name: '滨河街道', level: PlaceLevel.Street },
  { key: 'xingwang', name: '兴旺社区', level: PlaceLevel.Community, parent: 'binhe' },
  ...grids({
    community: 'xingwang',
    names: [
      ['丽日家园红色网格', [109.778, 39.608, 109.7815, 39.6107]],
      ['丽日家园橙色网格', [109.7815, 39.608, 109.785, 39.6107]],
      ['兴旺黄色网格', [109.778, 39.6107, 109.7815, 39.6134]],
    ],
    buildingsPerGrid: 3,
    buildingName: (g, b) => (g < 2 ? `丽日家园${g * 3 + b + 1}号楼` : `兴旺小区${b + 1}号楼`),
  }),
];

export const DEMO_UNITS: DemoUnit[] = [
  {
    key: 'binhe-institute',
    place: 'binhe',
    kind: PlaceUnitKind.EducationInstitute,
    name: '滨河街道铸牢中华民族共同体意识实践教育所',
    address: '滨河街道办事处二楼',
    services: '民族团结宣讲、石榴籽讲堂、社区工作者培训',
    openingHours: '周一至周五 9:00–12:00, 14:30–17:30',
    contactName: '高强',
    contactPhone: '0477-8000101',
    location: { lng: 109.7802, lat: 39.6121 },
  },
  {
    key: 'xingwang-station',
    place: 'xingwang',
    kind: PlaceUnitKind.EducationStation,
    name: '兴旺社区铸牢中华民族共同体意识实践教育站',
    address: '兴旺社区党群服务中心一楼',
    services: '红石榴课堂、邻里议事、政策咨询',
    openingHours: '周一至周六 8:30–18:00',
    contactName: '刘敏',
    contactPhone: '0477-8000102',
    location: { lng: 109.7798, lat: 39.6118 },
  },
  {
    key: 'liri-point',
    place: 'xingwang/g1',
    kind: PlaceUnitKind.ServicePoint,
    name: '丽日家园网格同心服务点',
    address: '丽日家园2号楼底商',
    services: '代办证明、矛盾调解、助老服务预约',
    openingHours: '每天 9:00–20:00',
    contactName: '滨新侠·马师傅',
    contactPhone: '0477-8000103',
    location: { lng: 109.7796, lat: 39.6093 },
  },
  {
    key: 'liri-b1-corner',
    place: 'xingwang/g1/b1',
    kind: PlaceUnitKind.ServiceCorner,
    name: '丽日家园1号楼同心服务角',
    address: '丽日家园1号楼1单元大厅',
    services: '爱心雨伞、应急药箱、便民工具',
    openingHours: '全天开放',
  },
  {
    key: 'ulanhu-memorial',
    place: 'ajilaqin',
    kind: PlaceUnitKind.CoBuildingUnit,
    name: '乌兰夫纪念馆',
    address: null,
    services: '红色教育基地共建、青少年研学讲解',
    openingHours: '周二至周日 9:00–17:00（周一闭馆）',
    contactName: '包桂兰',
    contactPhone: '0471-8000104',
  },
  {
    key: 'shang-xiaoai',
    place: 'binhe',
    kind: PlaceUnitKind.Business,
    name: '“同心商小爱”商户服务阵地',
    address: null,
    services: '商户联盟、积分兑换点',
    openingHours: '每天 10:00–21:00',
  },
];

const HOLIDAY_CARE =
  '“不负所托、成就未来星”公益假期托管班，把红石榴课堂融入作业辅导、传统文化研学、科学实验等课程。报名时可填写孩子信息，由家长作为联系人。';

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'calligraphy',
    place: 'ajilaqin',
    title: '红石榴课堂·“石榴籽心贴心”书法培训',
    type: EventType.Class,
    venue: '阿吉拉沁社区党群服务中心 书画室',
    inDays: 2,
    startHour: 15,
    hours: 2,
    capacity: 30,
    pointsReward: 10,
    description: '社区“红石榴课堂”品牌课程，书法老师手把手教学，零基础可报名，笔墨纸砚由社区提供。',
  },
  {
    key: 'elders-stories',
    place: 'ajilaqin',
    title: '红石榴课堂·五老讲红色故事',
    type: EventType.Talk,
    venue: '阿吉拉沁社区图书室',
    inDays: 4,
    startHour: 9,
    hours: 2,
    capacity: 60,
    pointsReward: 10,
    description: '老干部、老战士、老专家、老教师、老模范讲述身边的红色故事，欢迎各族居民带孩子一起来听。',
  },
  {
    key: 'silk-craft',
    place: 'ajilaqin',
    title: '非遗文化进社区·丝编技艺体验课',
    type: EventType.Class,
    venue: '阿吉拉沁社区文体活动中心',
    inDays: 6,
    startHour: 14,
    hours: 2,
    capacity: 25,
    pointsReward: 10,
    description: '邀请非遗传承人教授丝编技艺，材料包现场发放，名额有限。',
  },
  {
    key: 'qingcheng-festival',
    place: 'ajilaqin',
    title: '石榴花开在青城·民族团结主题文化节',
    type: EventType.Festival,
    venue: '阿吉拉沁社区广场',
    inDays: 9,
    startHour: 10,
    hours: 6,
    capacity: 500,
    pointsReward: 20,
    description: '创意市集、非遗展示、公益参与、文艺演出，全龄化、开放式的社区生活节，欢迎各族居民共同参与。',
  },
  {
    key: 'holiday-care',
    place: 'ajilaqin',
    title: '公益假期托管班（“不负所托、成就未来星”）',
    type: EventType.Care,
    venue: '阿吉拉沁社区党群服务中心 二楼活动室',
    inDays: 14,
    startHour: 8,
    hours: 8,
    capacity: 40,
    pointsReward: 15,
    description: HOLIDAY_CARE,
  },
  {
    key: 'gratitude-talk',
    place: 'binhe',
    title: '“感党恩、听党话、跟党走”主题宣讲',
    type: EventType.Talk,
    venue: '滨河街道铸牢中华民族共同体意识实践教育所',
    inDays: 3,
    startHour: 15,
    hours: 2,
    capacity: 120,
    pointsReward: 10,
    description: '同心宣讲队走进实践教育所，宣讲结束后现场答题，答对可额外获得积分。',
  },
  {
    key: 'clothesline-volunteer',
    place: 'xingwang',
    title: '“网格下单、全员抢单”志愿服务日·公共晾衣架维护',
    type: EventType.Volunteer,
    venue: '丽日家园中心广场',
    inDays: 5,
    startHour: 9,
    hours: 3,
    capacity: 30,
    pointsReward: 15,
    description: '七色花服务联盟与“滨新侠”同心车队一起检修小区公共晾衣架，欢迎居民报名志愿服务。',
  },
  {
    key: 'neighbourhood-festival',
    place: 'xingwang',
    title: '丽日家园“美好家园”邻里文化节',
    type: EventType.Festival,
    venue: '丽日家园中心广场',
    inDays: 11,
    startHour: 16,
    hours: 4,
    capacity: 300,
    pointsReward: 20,
    description: '“同心设计师”作品展、“美好家园合伙人”集市和邻里百家宴，石榴籽小区共建共享。',
  },
  {
    key: 'enterprise-lecture',
    place: 'binhe',
    title: '“益企向未来”讲堂·商户经营能力提升',
    type: EventType.Talk,
    venue: '滨河街道“同心商小爱”服务阵地',
    inDays: 8,
    startHour: 19,
    hours: 2,
    capacity: 80,
    pointsReward: 10,
    description: '聘请专家、企业家为辖区商户提供菜单式培训，滨河商会同步开展政银企交流。',
  },
  {
    key: 'unity-stories',
    place: 'ajilaqin',
    title: '“讲好身边的民族团结进步故事”故事市集',
    type: EventType.Talk,
    venue: '阿吉拉沁社区党群服务中心',
    inDays: -20,
    startHour: 15,
    hours: 2,
    capacity: 80,
    pointsReward: 10,
    description: '线下“故事市集”讲述居民身边团结互助的感人事迹（已结束）。',
  },
];

/** Demo accounts, one or more for every role; demo login offers exactly these (demo mode only). */
export const DEMO_USERS: DemoUser[] = [
  {
    key: 'resident',
    nickname: '其其格',
    home: 'ajilaqin/g1/b1',
    phone: '13800000001',
    grants: [{ role: Role.Resident, place: 'ajilaqin/g1/b1' }],
    description: '阿吉拉沁社区居民',
  },
  {
    key: 'resident-2',
    nickname: '李秀兰',
    home: 'xingwang/g1/b2',
    phone: '13800000002',
    grants: [{ role: Role.Resident, place: 'xingwang/g1/b2' }],
    description: '丽日家园居民',
  },
  {
    key: 'rider',
    nickname: '滨新侠·张师傅',
    home: 'xingwang/g2/b2',
    phone: '13800000003',
    grants: [{ role: Role.Resident, place: 'xingwang/g2/b2' }],
    description: '外卖骑手，可申请成为兼职网格员',
  },
  {
    key: 'part-time-member',
    nickname: '滨新侠·马师傅',
    home: 'xingwang/g1/b1',
    phone: '13800000004',
    grants: [
      { role: Role.Resident, place: 'xingwang/g1/b1' },
      { role: Role.PartTimeGridMember, place: 'xingwang/g1' },
      { role: Role.PartTimeGridMember, place: 'xingwang/g2' },
    ],
    description: '兼职网格员（丽日家园红色、橙色网格）',
  },
  {
    key: 'grid-worker',
    nickname: '王建国',
    home: 'ajilaqin/g2/b1',
    phone: '13800000005',
    grants: [
      { role: Role.Resident, place: 'ajilaqin/g2/b1' },
      { role: Role.GridWorker, place: 'ajilaqin/g1' },
    ],
    description: '阿吉拉沁第一网格网格员',
  },
  {
    key: 'organizer',
    nickname: '阿娜尔',
    home: 'ajilaqin/g3/b1',
    phone: '13800000006',
    grants: [{ role: Role.Organizer, place: 'ajilaqin' }],
    description: '阿吉拉沁社区活动组织者',
  },
  {
    key: 'staff-ajilaqin',
    nickname: '乌云',
    home: 'ajilaqin/g4/b1',
    phone: '13800000007',
    grants: [{ role: Role.CommunityStaff, place: 'ajilaqin' }],
    description: '阿吉拉沁社区工作人员',
  },
  {
    key: 'staff-xingwang',
    nickname: '刘敏',
    home: 'xingwang/g3/b2',
    phone: '13800000008',
    grants: [{ role: Role.CommunityStaff, place: 'xingwang' }],
    description: '兴旺社区工作人员',
  },
  {
    key: 'mediation-admin',
    nickname: '萨仁',
    home: 'ajilaqin/g4/b1',
    phone: '13800000010',
    grants: [{ role: Role.MediationAdmin, place: 'ajilaqin' }],
    description: '阿吉拉沁社区石榴调解工作室负责人',
  },
  {
    key: 'mediator',
    nickname: '敖登',
    home: 'ajilaqin/g2/b2',
    phone: '13800000011',
    grants: [
      { role: Role.Resident, place: 'ajilaqin/g2/b2' },
      { role: Role.Mediator, place: 'ajilaqin' },
    ],
    description: '石榴调解工作室调解员（社区“五老”）',
  },
  {
    key: 'care-worker',
    nickname: '图雅',
    home: 'ajilaqin/g4/b1',
    phone: '13800000012',
    grants: [{ role: Role.CareWorker, place: 'ajilaqin' }],
    description: '阿吉拉沁社区帮扶专干（帮扶台账）',
  },
  {
    key: 'family-child',
    nickname: '马丽娜',
    home: 'xingwang/g3/b1',
    phone: '13800000013',
    grants: [{ role: Role.Resident, place: 'xingwang/g3/b1' }],
    description: '马桂芳的女儿（亲情代办，为阿吉拉沁的母亲代办）',
  },
  {
    key: 'street-admin',
    nickname: '高强',
    home: 'xingwang/g3/b3',
    phone: '13800000009',
    grants: [{ role: Role.StreetAdmin, place: 'binhe' }],
    description: '滨河街道管理员',
  },
];

export const demoPlaceId = (key: string) => stableId(`place:${key}`);
export const demoEventId = (key: string) => stableId(`event:${key}`);
export const demoUnitId = (key: string) => stableId(`unit:${key}`);
export const demoUserId = (key: string) => stableId(`user:${key}`);
export const demoGrantId = (user: string, role: Role, place: string) => stableId(`grant:${user}:${role}:${place}`);

export const DEMO_EVENT_STATUS = EventStatus.Published;

/** Start of `inDays` days from `today` at `hour` o'clock China time (UTC+8), as a UTC Date. */
export function chinaTime(today: Date, inDays: number, hour: number): Date {
  const china = chinaWallClock(today);
  const chinaMidnight = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate()) - CHINA_OFFSET_MS;
  return new Date(chinaMidnight + inDays * 86_400_000 + hour * 3600_000);
}

export interface DemoCategory {
  key: string;
  community: string;
  name: string;
  kind: ReportKind;
  openHours: number;
  claimedHours: number;
  inProgressHours: number;
}

/** Report and need categories: each demo community has the defaults every new community gets. */
export const DEMO_CATEGORIES: DemoCategory[] = ['ajilaqin', 'xingwang'].flatMap((community) =>
  DEFAULT_CATEGORIES.map((category) => ({ ...category, key: `${community}/${category.key}`, community })),
);

export const demoCategoryId = (key: string) => stableId(`category:${key}`);
