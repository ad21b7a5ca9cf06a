export default definePageConfig({
  navigationBarTitleText: '接单提醒',
});
