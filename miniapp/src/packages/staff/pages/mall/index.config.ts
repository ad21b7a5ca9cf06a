export default definePageConfig({
  navigationBarTitleText: '积分超市管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
