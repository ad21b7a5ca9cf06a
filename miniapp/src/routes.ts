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
  StaffBindings: '/packages/staff/pages/bindings/index',
  StaffRiders: '/packages/staff/pages/riders/index',
  PointsBalance: '/packages/points/pages/balance/index',
  PointsMall: '/packages/points/pages/mall/index',
  MyRedemptions: '/packages/points/pages/redemptions/index',
  Leaderboard: '/packages/points/pages/leaderboard/index',
  Honours: '/packages/points/pages/honours/index',
  StaffAward: '/packages/staff/pages/award/index',
  StaffMall: '/packages/staff/pages/mall/index',
  StaffCollect: '/packages/staff/pages/collect/index',
  StaffHonours: '/packages/staff/pages/honours/index',
  NewReport: (kind: 'report' | 'need') => `/packages/reports/pages/new/index?kind=${kind}`,
  ReportDetail: (id: string) => `/packages/reports/pages/detail/index?id=${encodeURIComponent(id)}`,
  OrderHall: '/packages/orders/pages/hall/index',
  MyOrders: '/packages/orders/pages/mine/index',
  OrderDetail: (id: string) => `/packages/orders/pages/detail/index?id=${encodeURIComponent(id)}`,
  OrderDispatch: '/packages/orders/pages/dispatch/index',
  ReportCategories: '/packages/orders/pages/categories/index',
  FollowUps: '/packages/orders/pages/follow-ups/index',
} as const;

/** Tab pages must be opened with switchTab. */
export const TAB_PATHS: readonly string[] = [PagePath.Home, PagePath.Events, PagePath.Tasks, PagePath.Me];
