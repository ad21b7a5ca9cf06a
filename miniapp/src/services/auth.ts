import {
  ApiRoute,
  type AuthTokens,
  type DemoAccount,
  type DemoLoginRequest,
  type LogoutRequest,
  type MeResponse,
  type SendSmsCodeRequest,
  type SendSmsCodeResponse,
  type SmsLoginRequest,
  type WechatLoginRequest,
  type WechatPhoneRequest,
} from '@tongxin/types';

import { request } from './request';

export function listDemoAccounts(): Promise<DemoAccount[]> {
  return request<DemoAccount[]>(ApiRoute.Auth.DemoAccounts, { anonymous: true });
}

export function demoLogin(body: DemoLoginRequest): Promise<AuthTokens> {
  return request<AuthTokens>(ApiRoute.Auth.DemoLogin, { method: 'POST', body, anonymous: true });
}

export function sendSmsCode(body: SendSmsCodeRequest): Promise<SendSmsCodeResponse> {
  return request<SendSmsCodeResponse>(ApiRoute.Auth.SmsSend, { method: 'POST', body, anonymous: true });
}

export function smsLogin(body: SmsLoginRequest): Promise<AuthTokens> {
  return request<AuthTokens>(ApiRoute.Auth.SmsLogin, { method: 'POST', body, anonymous: true });
}

export function wechatLogin(body: WechatLoginRequest): Promise<AuthTokens> {
  return request<AuthTokens>(ApiRoute.Auth.WechatLogin, { method: 'POST', body, anonymous: true });
}

/** Links the phone number from a getPhoneNumber button to the signed-in account. */
export function linkWechatPhone(body: WechatPhoneRequest): Promise<MeResponse> {
  return request<MeResponse>(ApiRoute.Auth.WechatPhone, { method: 'POST', body });
}

export function logout(body: LogoutRequest): Promise<void> {
  return request<void>(ApiRoute.Auth.Logout, { method: 'POST', body, anonymous: true });
}
