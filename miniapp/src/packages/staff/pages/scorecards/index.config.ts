export default definePageConfig({
  navigationBarTitleText: '网格考评',
  enablePullDownRefresh: true,
});
