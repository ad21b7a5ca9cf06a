/** Page paths, for navigateTo and switchTab. */
export const PagePath = {
  Home: '/pages/index/index',
  Events: '/pages/events/index',
  Tasks: '/pages/tasks/index',
  Me: '/pages/me/index',
  EventDetail: (id: string) => `/packages/events/pages/detail/index?id=${encodeURIComponent(id)}`,
} as const;
