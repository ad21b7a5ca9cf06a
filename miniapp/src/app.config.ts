export default defineAppConfig({
  pages: ['pages/index/index', 'pages/events/index', 'pages/tasks/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/events',
      pages: ['pages/detail/index', 'pages/mine/index', 'pages/volunteer/index', 'pages/certificate/index'],
    },
    {
      root: 'packages/organizer',
      pages: [
        'pages/home/index',
        'pages/edit/index',
        'pages/manage/index',
        'pages/roster/index',
        'pages/scan/index',
        'pages/series/index',
      ],
    },
    {
      root: 'packages/account',
      pages: [
        'pages/login/index',
        'pages/profile/index',
        'pages/rider/index',
        'pages/notifications/index',
        'pages/order-alerts/index',
        'pages/route/index',
      ],
    },
    {
      root: 'packages/staff',
      pages: [
        'pages/bindings/index',
        'pages/riders/index',
        'pages/award/index',
        'pages/award-reviews/index',
        'pages/mall/index',
        'pages/collect/index',
        'pages/honours/index',
        'pages/moderation/index',
        'pages/moderation-words/index',
        'pages/places/index',
        'pages/units/index',
        'pages/people/index',
        'pages/rules/index',
        'pages/members/index',
        'pages/audit/index',
        'pages/reconcile/index',
        'pages/volunteer-certificates/index',
        'pages/imports/index',
        'pages/figures/index',
        'pages/scorecards/index',
      ],
    },
    {
      root: 'packages/points',
      pages: [
        'pages/balance/index',
        'pages/mall/index',
        'pages/redemptions/index',
        'pages/leaderboard/index',
        'pages/honours/index',
      ],
    },
    {
      root: 'packages/reports',
      pages: ['pages/new/index', 'pages/detail/index'],
    },
    {
      root: 'packages/community',
      pages: ['pages/results/index', 'pages/weekly/index'],
    },
    {
      root: 'packages/mediation',
      pages: ['pages/ask/index', 'pages/mine/index', 'pages/cases/index', 'pages/detail/index', 'pages/walk-in/index'],
    },
    {
      root: 'packages/care',
      pages: ['pages/records/index', 'pages/edit/index', 'pages/detail/index'],
    },
    {
      root: 'packages/family',
      pages: ['pages/links/index', 'pages/staff-record/index'],
    },
    {
      root: 'packages/legal',
      pages: ['pages/privacy/index', 'pages/terms/index'],
    },
    {
      root: 'packages/orders',
      pages: [
        'pages/hall/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/dispatch/index',
        'pages/categories/index',
        'pages/follow-ups/index',
      ],
    },
  ],
  // Only the components a page renders are injected, not every one the app declares (WeChat's 按需注入).
  lazyCodeLoading: 'requiredComponents',
  // Each tab fetches the subpackages its entries open, while the member is still on the tab.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/events'] },
    'pages/events/index': { network: 'all', packages: ['packages/events'] },
    'pages/tasks/index': { network: 'all', packages: ['packages/reports', 'packages/orders'] },
    'pages/me/index': { network: 'all', packages: ['packages/account', 'packages/points'] },
  },
  window: {
    navigationBarBackgroundColor: '#c8323c',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '同心',
    backgroundColor: '#f7f3ef',
    backgroundTextStyle: 'dark',
  },
  // 随手拍 and 抢单大厅 ask for the position (GCJ-02); WeChat refuses these APIs unless declared here.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '用于定位您上报的问题和附近的工单' } },
  // H5 only: without the slide animation, the router hides a page at once. With it, a tab page hidden by
  // navigateTo stays hidden if Back comes within the animation's 350 ms (@tarojs/router 4.2.1 does not cancel the
  // delayed hide when the page is shown again): the blank 我的 tab.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  tabBar: {
    color: '#6b6360',
    selectedColor: '#c8323c',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
        text: '首页',
      },
      {
        pagePath: 'pages/events/index',
        iconPath: 'assets/tabbar/events.png',
        selectedIconPath: 'assets/tabbar/events-active.png',
        text: '活动',
      },
      {
        pagePath: 'pages/tasks/index',
        iconPath: 'assets/tabbar/tasks.png',
        selectedIconPath: 'assets/tabbar/tasks-active.png',
        text: '随手拍',
      },
      {
        pagePath: 'pages/me/index',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
        text: '我的',
      },
    ],
  },
});
