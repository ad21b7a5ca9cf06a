export default definePageConfig({
  navigationBarTitleText: '站点与共建单位',
});
