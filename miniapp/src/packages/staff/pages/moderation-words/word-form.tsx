import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { useAddWordMutation } from '@/hooks/use-moderation-query';
import { errorMessage } from '@/services/api-error';

const MAX_WORD = 30;

/** 添加: one word (or phrase) for the street's keyword filter. */
export function WordForm({ streetId }: { streetId: string }) {
  const add = useAddWordMutation();
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(): void {
    const text = word.trim();
    if (!text) {
      setError('请输入要过滤的词');
      return;
    }
    setError(null);
    add.mutate(
      { streetId, word: text },
      {
        onSuccess: () => {
          setWord('');
          Taro.showToast({ title: '已添加', icon: 'success' });
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card word-form'>
      <Text className='form-card__title'>添加敏感词</Text>
      <View className='word-form__row'>
        <Input
          className='form-field__input word-form__input'
          placeholder='例如：某个广告词'
          maxLength={MAX_WORD}
          value={word}
          onChange={setWord}
        />
        <Button className='word-form__submit' type='primary' loading={add.isPending} onClick={submit}>
          添加
        </Button>
      </View>
      {error ? <Text className='form-error word-form__error'>{error}</Text> : null}
    </View>
  );
}
