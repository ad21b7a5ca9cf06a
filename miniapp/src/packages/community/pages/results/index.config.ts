export default definePageConfig({
  navigationBarTitleText: '办实事公开',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
