import './privacy-dialog.scss';

import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { answerPrivacyConsent, PRIVACY_AGREE_BUTTON_ID, usePrivacyRequest } from '@/stores/privacy-request';

/** 用户隐私保护提示: shown when a privacy API waits for the member (wx.onNeedPrivacyAuthorization). */
export function PrivacyDialog() {
  const waiting = usePrivacyRequest();
  if (!waiting) return null;
  return (
    <View className='privacy-dialog'>
      <View className='privacy-dialog__panel'>
        <Text className='privacy-dialog__title'>用户隐私保护提示</Text>
        <Text className='privacy-dialog__text'>
          使用定位、拍照或相册、扫码、手机号等功能前，请阅读并同意
          <Text className='privacy-dialog__link' onClick={() => void Taro.openPrivacyContract({})}>
            《同心小程序隐私保护指引》
          </Text>
          。我们只在你使用相应功能时收集必要的信息。不同意也可以继续浏览和使用其他功能。
        </Text>
        <View className='privacy-dialog__actions'>
          <Button className='privacy-dialog__refuse' onClick={() => answerPrivacyConsent(false)}>
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            className='privacy-dialog__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyConsent(true)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
