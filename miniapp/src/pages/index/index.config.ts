export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '同心',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
