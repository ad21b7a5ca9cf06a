export default definePageConfig({
  navigationBarTitleText: '工单调度',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
