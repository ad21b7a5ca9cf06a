export default defineAppConfig({
  pages: ['pages/index/index', 'pages/events/index', 'pages/tasks/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/events',
      pages: ['pages/detail/index'],
    },
    {
      root: 'packages/account',
      pages: ['pages/login/index', 'pages/profile/index', 'pages/rider/index'],
    },
    {
      root: 'packages/staff',
      pages: ['pages/bindings/index', 'pages/riders/index'],
    },
  ],
  window: {
    navigationBarBackgroundColor: '#c8323c',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '同心',
    backgroundColor: '#f7f3ef',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6b6360',
    selectedColor: '#c8323c',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/events/index', text: '活动' },
      { pagePath: 'pages/tasks/index', text: '随手拍' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
