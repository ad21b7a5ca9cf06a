export default definePageConfig({
  navigationBarTitleText: '光荣榜提名与审核',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
