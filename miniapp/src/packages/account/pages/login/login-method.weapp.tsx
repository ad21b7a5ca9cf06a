// In WeChat: one tap, Taro.login() → auth/wechat/login.
export { WechatLoginButton as LoginMethod } from './wechat-login-button';
