import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { useMeQuery, useUpdateProfileMutation } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

import { PhoneLink } from './phone-link';

const MAX_NICKNAME = 32;

export function ProfileForm() {
  const me = useMeQuery();
  const update = useUpdateProfileMutation();
  // null until the user edits: the field shows the saved nickname.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (me.isPending) return <ListState variant='loading' />;
  if (me.isError) return <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />;

  const nickname = draft ?? me.data.nickname;

  function save(): void {
    const value = nickname.trim();
    if (!value) {
      setError('昵称不能为空');
      return;
    }
    setError(null);
    update.mutate(
      { nickname: value },
      {
        onSuccess: () => {
          setDraft(null);
          Taro.showToast({ title: '已保存', icon: 'success' });
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card profile-form'>
      <Text className='form-card__title'>基本信息</Text>
      <View className='form-field'>
        <Text className='form-field__label'>昵称</Text>
        <Input
          className='profile-form__nickname form-field__input'
          maxLength={MAX_NICKNAME}
          placeholder='大家怎么称呼你'
          value={nickname}
          onChange={setDraft}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>手机号</Text>
        <Text className='profile-form__phone'>{me.data.phone ?? '未绑定'}</Text>
        {me.data.phone ? null : <PhoneLink />}
      </View>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Button className='form-submit profile-form__save' type='primary' block loading={update.isPending} onClick={save}>
        保存
      </Button>
    </View>
  );
}
