import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type EventView, ReminderTopic } from '@tongxin/types';
import { useState } from 'react';

import { useCancelSeriesSignupMutation, useSeriesSignUpMutation } from '@/hooks/use-events-query';
import { useAskForReminders } from '@/hooks/use-notifications-query';
import { formatWeekdays } from '@/utils/format-date';

import { signupErrorMessage } from './signup-error';

/**
 * 报名全部场次 of a session's series: one tap signs the member up for every session ahead that takes sign-ups (a
 * place where there is one, the waiting list where a session is full); 取消全部场次报名 undoes it.
 */
export function SeriesSignup({ event }: { event: EventView }) {
  const series = event.series!;
  const signUp = useSeriesSignUpMutation(series.id);
  const cancel = useCancelSeriesSignupMutation(series.id);
  const askForReminders = useAskForReminders(ReminderTopic.Event);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rule = `每${formatWeekdays(series.weekdays)}`;

  function signUpAll(): void {
    askForReminders();
    setError(null);
    signUp.mutate(
      {},
      {
        onSuccess: (result) => {
          const waiting = result.waiting > 0 ? `，候补 ${result.waiting} 场` : '';
          Taro.showToast({ title: `已报名 ${result.confirmed + result.pendingApproval} 场${waiting}`, icon: 'none' });
        },
        onError: (failure) => setError(signupErrorMessage(failure)),
      },
    );
  }

  async function doCancel(): Promise<void> {
    setError(null);
    try {
      const result = await cancel.mutateAsync();
      const kept = result.kept > 0 ? `（${result.kept} 场临近开始，无法取消）` : '';
      Taro.showToast({ title: `已取消 ${result.cancelled} 场${kept}`, icon: 'none' });
    } catch (failure) {
      setError(signupErrorMessage(failure));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <View className='series-signup'>
      <Text className='series-signup__title'>{`系列活动 · ${rule} · 共 ${series.total} 场`}</Text>
      {series.mySessions > 0 ? (
        <Text className='series-signup__mine'>{`你已报名本系列以后的 ${series.mySessions} 场`}</Text>
      ) : null}
      {series.openSessions > series.mySessions ? (
        <Button
          className='form-submit series-signup__all'
          type='primary'
          fill='outline'
          block
          loading={signUp.isPending}
          onClick={signUpAll}
        >
          {`报名全部场次（${series.openSessions} 场）`}
        </Button>
      ) : null}
      {series.mySessions > 0 ? (
        <Button className='series-signup__cancel' block fill='none' onClick={() => setConfirming(true)}>
          取消全部场次报名
        </Button>
      ) : null}
      <Text className='form-hint'>名额已满的场次会自动加入候补，有人取消时依次递补</Text>
      {error ? <Text className='form-error series-signup__error'>{error}</Text> : null}
      <Dialog
        className='cancel-series-dialog'
        visible={confirming}
        title='取消全部场次报名'
        confirmText='确认取消'
        cancelText='再想想'
        onConfirm={doCancel}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        <Text>将取消你在本系列以后各场的报名，名额会让给候补的邻居。</Text>
      </Dialog>
    </View>
  );
}
