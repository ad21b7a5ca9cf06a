export default definePageConfig({
  navigationBarTitleText: '敏感词管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
