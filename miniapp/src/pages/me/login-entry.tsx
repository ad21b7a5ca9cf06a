import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { PagePath } from '@/routes';

export function LoginEntry() {
  return (
    <View className='me-card login-entry'>
      <Text className='me-card__name'>你好，邻居</Text>
      <Text className='me-card__hint'>登录后可以报事、报名活动、认证住址</Text>
      <Button
        className='login-entry__button'
        type='primary'
        block
        onClick={() => Taro.navigateTo({ url: PagePath.Login })}
      >
        登录 / 注册
      </Button>
    </View>
  );
}
