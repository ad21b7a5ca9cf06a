// Platforms without a file of their own (and the type checker) get the phone + SMS form.
export { SmsLoginForm as LoginMethod } from './sms-login-form';
