import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { useLoginMutation } from '@/hooks/use-auth';
import { errorMessage } from '@/services/api-error';

import type { LoginMethodProps } from './login-method-props';

/** One tap: Taro.login() gives a code that the API exchanges with WeChat for the user's session. */
export function WechatLoginButton({ onLoggedIn }: LoginMethodProps) {
  const login = useLoginMutation();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  async function loginWithWechat(): Promise<void> {
    setError(null);
    setStarting(true);
    let code: string;
    try {
      code = (await Taro.login()).code;
    } catch {
      setError('微信登录没有成功，请再试一次');
      return;
    } finally {
      setStarting(false);
    }
    login.mutate(
      { method: 'wechat', body: { code } },
      { onSuccess: onLoggedIn, onError: (failure) => setError(errorMessage(failure)) },
    );
  }

  return (
    <View className='login-form'>
      <Button
        className='login-form__wechat'
        type='primary'
        block
        loading={starting || login.isPending}
        onClick={() => void loginWithWechat()}
      >
        微信一键登录
      </Button>
      {error ? <Text className='login-form__error'>{error}</Text> : null}
    </View>
  );
}
