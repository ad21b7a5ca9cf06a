export default definePageConfig({ navigationBarTitleText: '签到扫码' });
