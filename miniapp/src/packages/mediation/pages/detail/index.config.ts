export default definePageConfig({
  navigationBarTitleText: '调解详情',
  enablePullDownRefresh: true,
});
