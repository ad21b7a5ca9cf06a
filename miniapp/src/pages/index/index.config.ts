export default definePageConfig({
  navigationBarTitleText: '同心',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
