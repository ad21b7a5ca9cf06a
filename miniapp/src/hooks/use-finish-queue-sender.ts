import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect } from 'react';

import { loadFinishQueueModule } from './finish-queue-module';
import { subscribeNetwork } from './network-source';

/**
 * App-wide: sends the finishes waiting on the phone (services/finish-queue) when the network comes back and when
 * the mini-app shows (a restart too), whatever page is open. `onSent` refreshes what shows the orders.
 */
export function useFinishQueueSender(onSent: () => void) {
  const send = useCallback(async () => {
    const { loadFinishQueue, sendFinishQueue } = await loadFinishQueueModule();
    if (!loadFinishQueue().some((item) => !item.failed)) return;
    if ((await sendFinishQueue()) > 0) onSent();
  }, [onSent]);

  useEffect(
    () =>
      subscribeNetwork((online) => {
        if (online) void send();
      }),
    [send],
  );
  useDidShow(() => void send());
}
