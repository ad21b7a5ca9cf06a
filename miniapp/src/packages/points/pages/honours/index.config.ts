export default definePageConfig({
  navigationBarTitleText: '石榴籽光荣榜',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
