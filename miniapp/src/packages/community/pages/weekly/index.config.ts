export default definePageConfig({
  navigationBarTitleText: '网格周报',
  enablePullDownRefresh: true,
});
