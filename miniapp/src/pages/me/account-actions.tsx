import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { useDeleteAccountMutation, useLogoutMutation } from '@/hooks/use-auth';
import { errorMessage } from '@/services/api-error';

/** 退出登录 and 注销账号 (the latter only after a confirmation). */
export function AccountActions() {
  const logout = useLogoutMutation();
  const remove = useDeleteAccountMutation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Rejecting keeps NutUI's dialog open, with the error shown inside it.
  async function deleteAccount(): Promise<void> {
    setError(null);
    try {
      await remove.mutateAsync();
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
    Taro.showToast({ title: '账号已注销', icon: 'none' });
  }

  return (
    <View className='account-actions'>
      <Button
        className='account-actions__logout'
        block
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, { onSettled: () => Taro.showToast({ title: '已退出登录', icon: 'none' }) })
        }
      >
        退出登录
      </Button>
      <Button className='account-actions__delete' block fill='none' onClick={() => setConfirming(true)}>
        注销账号
      </Button>
      <Dialog
        className='delete-account-dialog'
        visible={confirming}
        title='注销账号'
        confirmText='确认注销'
        cancelText='再想想'
        onConfirm={deleteAccount}
        onCancel={() => setConfirming(false)}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <Text className='delete-account-dialog__text'>
          注销后，你的手机号、昵称和住址信息将被删除，积分和角色不再保留，且无法恢复。
        </Text>
        {error ? <Text className='delete-account-dialog__error'>{error}</Text> : null}
      </Dialog>
    </View>
  );
}
