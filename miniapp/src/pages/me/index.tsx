import './index.scss';

import { Switch } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { ConsentRenewal } from '@/components/ConsentRenewal';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { useUnreadTabBadge } from '@/hooks/use-unread-tab-badge';
import { PagePath } from '@/routes';
import { setElderMode, useElderMode } from '@/stores/elder-mode';
import { useSessionUser } from '@/stores/session';

import { AccountActions } from './account-actions';
import { FamilyEntry } from './family-entry';
import { LoginEntry } from './login-entry';
import { ProfileCard } from './profile-card';

export default function MePage() {
  useUnreadTabBadge();
  const elder = useElderMode();
  const user = useSessionUser();
  return (
    <PageShell className='me-page'>
      {user ? <ProfileCard user={user} /> : <LoginEntry />}
      {user ? <FamilyEntry /> : null}
      <View className='settings-card'>
        <MenuRow
          className='elder-mode-setting'
          label='长辈模式'
          hint='字更大，按钮更好点'
          extra={<Switch checked={elder} onChange={(value) => setElderMode(value)} />}
        />
        <MenuRow
          className='legal-row legal-row--terms'
          label='用户协议'
          onClick={() => Taro.navigateTo({ url: PagePath.UserAgreement })}
        />
        <MenuRow
          className='legal-row legal-row--privacy'
          label='隐私政策'
          onClick={() => Taro.navigateTo({ url: PagePath.PrivacyPolicy })}
        />
      </View>
      {user ? <AccountActions /> : null}
      <ConsentRenewal />
    </PageShell>
  );
}
