export default definePageConfig({
  navigationBarTitleText: '我的调解',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
