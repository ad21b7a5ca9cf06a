import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuthTokens, DemoLoginRequest, SmsLoginRequest, WechatLoginRequest } from '@tongxin/types';

import {
  demoLogin,
  linkWechatPhone,
  listDemoAccounts,
  logout,
  sendSmsCode,
  smsLogin,
  wechatLogin,
} from '@/services/auth';
import { deleteAccount } from '@/services/me';
import { clearSession, getRefreshToken, saveSession } from '@/services/session';

import { meKeys } from './use-me-query';

export const authKeys = {
  demoAccounts: ['auth', 'demo-accounts'] as const,
};

/** Demo accounts, when the API runs in demo mode; errors (403 outside it) just hide the section. */
export function useDemoAccountsQuery() {
  return useQuery({ queryKey: authKeys.demoAccounts, queryFn: listDemoAccounts, retry: false, staleTime: Infinity });
}

export function useSendSmsCodeMutation() {
  return useMutation({ mutationFn: sendSmsCode });
}

export type LoginRequest =
  | { method: 'sms'; body: SmsLoginRequest }
  | { method: 'wechat'; body: WechatLoginRequest }
  | { method: 'demo'; body: DemoLoginRequest };

function login(input: LoginRequest): Promise<AuthTokens> {
  switch (input.method) {
    case 'sms':
      return smsLogin(input.body);
    case 'wechat':
      return wechatLogin(input.body);
    case 'demo':
      return demoLogin(input.body);
  }
}

/** Rule: a new session drops every cached query, so nothing of the previous user is shown. */
export function useLoginMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (tokens) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.demoAccounts[0] });
      saveSession(tokens);
    },
  });
}

export function useLinkWechatPhoneMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: linkWechatPhone,
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/** Ends the session on this device even when the API cannot be reached. */
export function useLogoutMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = getRefreshToken();
      if (refreshToken) await logout({ refreshToken }).catch(() => undefined);
    },
    onSettled: () => {
      clearSession();
      client.clear();
    },
  });
}

export function useDeleteAccountMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      clearSession();
      client.clear();
    },
  });
}
