export default definePageConfig({
  navigationBarTitleText: '骑手审核',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
