import { useQueryClient } from '@tanstack/react-query';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useSyncExternalStore } from 'react';

import { subscribeNetwork } from '@/hooks/network-source';
import { orderKeys } from '@/hooks/use-orders-query';
import { reportKeys } from '@/hooks/use-reports-query';

import { loadFinishQueue, sendFinishQueue, subscribeFinishQueue } from './finish-queue';

/**
 * The finishes waiting on this phone, sent when the network comes back and whenever the page shows
 * (which takes in the mini-app coming back to the foreground). Sent ones refresh the order lists.
 */
export function useFinishQueue() {
  const queue = useSyncExternalStore(subscribeFinishQueue, loadFinishQueue, loadFinishQueue);
  const client = useQueryClient();

  const send = useCallback(async () => {
    const sent = await sendFinishQueue();
    if (sent > 0) {
      await Promise.all([
        client.invalidateQueries({ queryKey: orderKeys.all }),
        client.invalidateQueries({ queryKey: reportKeys.all }),
      ]);
    }
  }, [client]);

  useEffect(
    () =>
      subscribeNetwork((online) => {
        if (online && loadFinishQueue().some((item) => !item.failed)) void send();
      }),
    [send],
  );
  useDidShow(() => {
    if (loadFinishQueue().some((item) => !item.failed)) void send();
  });

  return { queue, send };
}
