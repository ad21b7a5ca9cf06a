export default definePageConfig({
  navigationBarTitleText: '骑手申请',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
