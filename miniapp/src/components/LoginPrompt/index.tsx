import './login-prompt.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { PagePath } from '@/routes';

/** What a signed-out visitor sees on a members' page: why to sign in, and 登录. */
export function LoginPrompt({ text }: { text: string }) {
  return (
    <View className='login-prompt'>
      <Text className='form-hint'>{text}</Text>
      <Button className='form-submit' type='primary' block onClick={() => Taro.navigateTo({ url: PagePath.Login })}>
        登录
      </Button>
    </View>
  );
}
