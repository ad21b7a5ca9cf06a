export default definePageConfig({
  navigationBarTitleText: '数据导入',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
