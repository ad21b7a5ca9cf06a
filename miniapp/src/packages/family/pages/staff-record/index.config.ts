export default definePageConfig({
  navigationBarTitleText: '登记家属代办',
});
