export default definePageConfig({
  navigationBarTitleText: '住址审核',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
