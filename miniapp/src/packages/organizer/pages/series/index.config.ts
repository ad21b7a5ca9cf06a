export default definePageConfig({
  navigationBarTitleText: '系列活动',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
