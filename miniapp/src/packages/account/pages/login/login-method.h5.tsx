// H5 has no WeChat session: log in by phone and SMS code.
export { SmsLoginForm as LoginMethod } from './sms-login-form';
