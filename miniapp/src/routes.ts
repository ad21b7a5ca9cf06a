import type { FiguresQuery } from '@tongxin/types';

/** `?a=1&b=2` of the fields that are set (no URLSearchParams in the mini-program). */
function queryOf(fields: object): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Page paths, for navigateTo and switchTab. */
export const PagePath = {
  Home: '/pages/index/index',
  Events: '/pages/events/index',
  Tasks: '/pages/tasks/index',
  Me: '/pages/me/index',
  EventDetail: (id: string) => `/packages/events/pages/detail/index?id=${encodeURIComponent(id)}`,
  Login: '/packages/account/pages/login/index',
  Profile: '/packages/account/pages/profile/index',
  RiderApplication: '/packages/account/pages/rider/index',
  Notifications: '/packages/account/pages/notifications/index',
  OrderAlerts: '/packages/account/pages/order-alerts/index',
  MyRoute: '/packages/account/pages/route/index',
  PrivacyPolicy: '/packages/legal/pages/privacy/index',
  UserAgreement: '/packages/legal/pages/terms/index',
  StaffBindings: '/packages/staff/pages/bindings/index',
  StaffRiders: '/packages/staff/pages/riders/index',
  PointsBalance: '/packages/points/pages/balance/index',
  PointsMall: '/packages/points/pages/mall/index',
  MyRedemptions: '/packages/points/pages/redemptions/index',
  Leaderboard: '/packages/points/pages/leaderboard/index',
  Honours: '/packages/points/pages/honours/index',
  StaffAward: '/packages/staff/pages/award/index',
  StaffAwardReviews: '/packages/staff/pages/award-reviews/index',
  StaffMall: '/packages/staff/pages/mall/index',
  StaffCollect: '/packages/staff/pages/collect/index',
  StaffHonours: '/packages/staff/pages/honours/index',
  StaffModeration: '/packages/staff/pages/moderation/index',
  StaffModerationWords: '/packages/staff/pages/moderation-words/index',
  StaffPlaces: '/packages/staff/pages/places/index',
  StaffUnits: '/packages/staff/pages/units/index',
  StaffPeople: '/packages/staff/pages/people/index',
  StaffRules: '/packages/staff/pages/rules/index',
  StaffMembers: '/packages/staff/pages/members/index',
  StaffAudit: '/packages/staff/pages/audit/index',
  StaffReconcile: '/packages/staff/pages/reconcile/index',
  StaffImports: '/packages/staff/pages/imports/index',
  StaffFigures: '/packages/staff/pages/figures/index',
  /** 网格考评, for the dashboard's place and period when it opens it. */
  StaffScorecards: (query?: FiguresQuery) => `/packages/staff/pages/scorecards/index${query ? queryOf(query) : ''}`,
  NewReport: (kind: 'report' | 'need') => `/packages/reports/pages/new/index?kind=${kind}`,
  ReportDetail: (id: string) => `/packages/reports/pages/detail/index?id=${encodeURIComponent(id)}`,
  OrderHall: '/packages/orders/pages/hall/index',
  MyOrders: '/packages/orders/pages/mine/index',
  OrderDetail: (id: string) => `/packages/orders/pages/detail/index?id=${encodeURIComponent(id)}`,
  OrderDispatch: '/packages/orders/pages/dispatch/index',
  ReportCategories: '/packages/orders/pages/categories/index',
  FollowUps: '/packages/orders/pages/follow-ups/index',
  MyEvents: '/packages/events/pages/mine/index',
  VolunteerRecord: '/packages/events/pages/volunteer/index',
  VolunteerCertificate: (id: string) => `/packages/events/pages/certificate/index?id=${encodeURIComponent(id)}`,
  StaffVolunteerCertificates: '/packages/staff/pages/volunteer-certificates/index',
  CommunityResults: '/packages/community/pages/results/index',
  /** 网格周报 of a grid; without one, the member's home grid (or a grid picked from `communityId`). */
  GridWeekly: (place: { gridId?: string | null; communityId?: string | null } = {}) => {
    const query = Object.entries(place)
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([key, id]) => `${key}=${encodeURIComponent(id)}`);
    return `/packages/community/pages/weekly/index${query.length ? `?${query.join('&')}` : ''}`;
  },
  MediationAsk: '/packages/mediation/pages/ask/index',
  MyMediation: '/packages/mediation/pages/mine/index',
  /** 工作室案件 (staff) or 我的调解案件 (mediating). */
  MediationCases: (view: 'staff' | 'mediating') => `/packages/mediation/pages/cases/index?view=${view}`,
  MediationDetail: (id: string) => `/packages/mediation/pages/detail/index?id=${encodeURIComponent(id)}`,
  MediationWalkIn: '/packages/mediation/pages/walk-in/index',
  CareRecords: '/packages/care/pages/records/index',
  /** 登记 (no id) or 编辑 a 帮扶台账 record. */
  CareEdit: (id?: string) => `/packages/care/pages/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  CareDetail: (id: string) => `/packages/care/pages/detail/index?id=${encodeURIComponent(id)}`,
  /** 亲情代办: the caller's links, as family member and as parent. */
  FamilyLinks: '/packages/family/pages/links/index',
  /** 登记家属代办: staff record a parent's consent at a visit (the parent's member id, their name for the title). */
  FamilyStaffRecord: (parentId: string, parentName?: string) =>
    `/packages/family/pages/staff-record/index${queryOf({ parentId, name: parentName })}`,
  OrganizerHome: '/packages/organizer/pages/home/index',
  OrganizerEdit: (id?: string, scope?: 'following') =>
    `/packages/organizer/pages/edit/index${id ? `?id=${encodeURIComponent(id)}${scope ? `&scope=${scope}` : ''}` : ''}`,
  OrganizerSeries: (id: string) => `/packages/organizer/pages/series/index?id=${encodeURIComponent(id)}`,
  OrganizerManage: (id: string) => `/packages/organizer/pages/manage/index?id=${encodeURIComponent(id)}`,
  OrganizerRoster: (id: string) => `/packages/organizer/pages/roster/index?id=${encodeURIComponent(id)}`,
  OrganizerScan: (id: string) => `/packages/organizer/pages/scan/index?id=${encodeURIComponent(id)}`,
} as const;

/** Tab pages must be opened with switchTab. */
export const TAB_PATHS: readonly string[] = [PagePath.Home, PagePath.Events, PagePath.Tasks, PagePath.Me];
