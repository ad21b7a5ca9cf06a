import { Text, View } from '@tarojs/components';
import { type DemoAccount, ROLE_LABEL } from '@tongxin/types';
import { useState } from 'react';

import { useDemoAccountsQuery, useLoginMutation } from '@/hooks/use-auth';
import { errorMessage } from '@/services/api-error';

import type { LoginMethodProps } from './login-method-props';

function rolesText(account: DemoAccount): string {
  return account.roles.map((role) => ROLE_LABEL[role] ?? role).join('、');
}

/** One-tap demo logins; shown only when the API answers GET auth/demo-accounts (demo mode). */
export function DemoAccounts({ onLoggedIn }: LoginMethodProps) {
  const accounts = useDemoAccountsQuery();
  const login = useLoginMutation();
  const [error, setError] = useState<string | null>(null);
  if (!accounts.data || accounts.data.length === 0) return null;

  function loginAs(account: DemoAccount): void {
    if (login.isPending) return;
    setError(null);
    login.mutate(
      { method: 'demo', body: { account: account.key } },
      { onSuccess: onLoggedIn, onError: (failure) => setError(errorMessage(failure)) },
    );
  }

  return (
    <View className='demo-accounts'>
      <Text className='demo-accounts__title'>演示账号</Text>
      <Text className='demo-accounts__hint'>点一下即可用演示身份登录</Text>
      {error ? <Text className='login-form__error'>{error}</Text> : null}
      {accounts.data.map((account) => (
        <View
          key={account.key}
          className={`demo-account demo-account--${account.key}`}
          hoverClass='demo-account--pressed'
          onClick={() => loginAs(account)}
        >
          <View className='demo-account__head'>
            <Text className='demo-account__name'>{account.nickname}</Text>
            <Text className='demo-account__roles'>{rolesText(account)}</Text>
          </View>
          <Text className='demo-account__description'>{account.description}</Text>
        </View>
      ))}
    </View>
  );
}
