export default definePageConfig({
  navigationBarTitleText: '地点管理',
});
