export default definePageConfig({
  navigationBarTitleText: '登记帮扶对象',
});
