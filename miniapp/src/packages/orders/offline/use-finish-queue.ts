import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

import { orderKeys } from '@/hooks/use-orders-query';
import { reportKeys } from '@/hooks/use-reports-query';
import { loadFinishQueue, sendFinishQueue, subscribeFinishQueue } from '@/services/finish-queue';

/** The finishes waiting on this phone (see services/finish-queue), and 立即发送, which refreshes the orders. */
export function useFinishQueue() {
  const queue = useSyncExternalStore(subscribeFinishQueue, loadFinishQueue, loadFinishQueue);
  const client = useQueryClient();
  const send = useCallback(async () => {
    if ((await sendFinishQueue()) > 0) {
      await Promise.all([
        client.invalidateQueries({ queryKey: orderKeys.all }),
        client.invalidateQueries({ queryKey: reportKeys.all }),
      ]);
    }
  }, [client]);
  return { queue, send };
}
