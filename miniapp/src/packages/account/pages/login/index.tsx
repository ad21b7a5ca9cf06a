import './index.scss';

import { Text, View } from '@tarojs/components';

import { PageShell } from '@/components/PageShell';

import { leaveLoginPage } from './after-login';
import { DemoAccounts } from './demo-accounts';
import { LoginMethod } from './login-method';

export default function LoginPage() {
  return (
    <PageShell className='login-page'>
      <View className='login-page__hero'>
        <Text className='login-page__name'>同心</Text>
        <Text className='login-page__copy'>登录后可以报事、报名活动、申请成为滨新侠</Text>
      </View>
      <LoginMethod onLoggedIn={leaveLoginPage} />
      <DemoAccounts onLoggedIn={leaveLoginPage} />
    </PageShell>
  );
}
