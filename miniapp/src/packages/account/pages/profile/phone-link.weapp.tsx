import { Button, type ButtonProps, type CommonEventFunction, Text, View } from '@tarojs/components';
import { useState } from 'react';

import { useLinkWechatPhoneMutation } from '@/hooks/use-auth';
import { errorMessage } from '@/services/api-error';

/** WeChat's getPhoneNumber button: its one-time code is exchanged by the API for the number. */
export function PhoneLink() {
  const link = useLinkWechatPhoneMutation();
  const [error, setError] = useState<string | null>(null);

  const onGetPhoneNumber: CommonEventFunction<ButtonProps.onGetPhoneNumberEventDetail> = (event) => {
    const { code } = event.detail;
    if (!code) {
      setError('没有获取到手机号，可以稍后再绑定');
      return;
    }
    setError(null);
    link.mutate({ code }, { onError: (failure) => setError(errorMessage(failure)) });
  };

  return (
    <View className='phone-link'>
      <Button className='phone-link__button' openType='getPhoneNumber' onGetPhoneNumber={onGetPhoneNumber}>
        {link.isPending ? '正在绑定…' : '绑定微信手机号'}
      </Button>
      {error ? <Text className='form-error'>{error}</Text> : null}
    </View>
  );
}
