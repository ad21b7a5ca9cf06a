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
} as const;

/** Tab pages must be opened with switchTab. */
export const TAB_PATHS: readonly string[] = [PagePath.Home, PagePath.Events, PagePath.Tasks, PagePath.Me];
