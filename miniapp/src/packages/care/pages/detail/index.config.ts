export default definePageConfig({
  navigationBarTitleText: '帮扶对象',
  enablePullDownRefresh: true,
});
