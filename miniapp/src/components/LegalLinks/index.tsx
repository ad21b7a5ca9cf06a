import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { PagePath } from '@/routes';

/** 《用户协议》and《隐私政策》as links, for a sentence that names them. */
export function LegalLinks() {
  return (
    <>
      <Text className='legal-link legal-link--terms' onClick={() => Taro.navigateTo({ url: PagePath.UserAgreement })}>
        《用户协议》
      </Text>
      和
      <Text className='legal-link legal-link--privacy' onClick={() => Taro.navigateTo({ url: PagePath.PrivacyPolicy })}>
        《隐私政策》
      </Text>
    </>
  );
}
