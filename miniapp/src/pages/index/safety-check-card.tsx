import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';

import { useCheckInSafeMutation, useSafetyCheckQuery } from '@/hooks/use-safety-check-query';
import { errorMessage } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';

/**
 * 平安打卡 for an elder the API says is enrolled: one big button, once a day; after the tap it says 今日已打卡.
 * Nothing at all for anyone else (the question is asked only when signed in).
 */
export function SafetyCheckCard() {
  const user = useSessionUser();
  const state = useSafetyCheckQuery(user !== null);
  const checkIn = useCheckInSafeMutation();
  const [problem, setProblem] = useState<string | null>(null);
  // A new day may have begun since the tab was last shown.
  useDidShow(() => {
    if (user && !state.isFetching) void state.refetch();
  });
  if (!user || !state.data?.enrolled) return null;

  async function tap(): Promise<void> {
    if (checkIn.isPending) return;
    setProblem(null);
    try {
      await checkIn.mutateAsync();
    } catch (failure) {
      setProblem(`${errorMessage(failure)}，请再点一次`);
    }
  }

  const done = state.data.checkedToday;
  return (
    <View className={`safety-card${done ? ' safety-card--done' : ''}`}>
      <Text className='safety-card__title'>平安打卡</Text>
      {done ? (
        <>
          <Text className='safety-card__done'>✓ 今日已打卡</Text>
          <Text className='safety-card__hint'>家人和网格员都知道您今天平安，明天记得再点一下</Text>
        </>
      ) : (
        <>
          <View className='safety-card__button' hoverClass='safety-card__button--pressed' onClick={tap}>
            <Text className='safety-card__button-text'>{checkIn.isPending ? '正在打卡…' : '今天平安，点一下'}</Text>
          </View>
          <Text className='safety-card__hint'>每天点一次，家人和网格员就放心了</Text>
        </>
      )}
      {problem ? <Text className='form-error safety-card__error'>{problem}</Text> : null}
    </View>
  );
}
