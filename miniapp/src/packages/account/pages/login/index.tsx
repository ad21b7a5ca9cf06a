import './index.scss';

import { Text, View } from '@tarojs/components';
import { LEGAL_DOCUMENTS } from '@tongxin/types';

import { LegalLinks } from '@/components/LegalLinks';
import { PageShell } from '@/components/PageShell';
import { useAcceptConsentsMutation } from '@/hooks/use-consents';

import { leaveLoginPage } from './after-login';
import { DemoAccounts } from './demo-accounts';
import { LoginMethod } from './login-method';

export default function LoginPage() {
  const accept = useAcceptConsentsMutation();
  // Logging in is agreeing to the texts named below: recorded with their versions. Should that fail, the
  // renewal dialog on 首页 and 我的 asks again.
  const loggedIn = () => accept.mutate(LEGAL_DOCUMENTS, { onSettled: leaveLoginPage });
  return (
    <PageShell className='login-page'>
      <View className='login-page__hero'>
        <Text className='login-page__name'>同心</Text>
        <Text className='login-page__copy'>登录后可以报事、报名活动、申请成为滨新侠</Text>
      </View>
      <LoginMethod onLoggedIn={loggedIn} />
      <Text className='login-consent'>
        登录即表示你已阅读并同意
        <LegalLinks />
      </Text>
      <DemoAccounts onLoggedIn={loggedIn} />
    </PageShell>
  );
}
