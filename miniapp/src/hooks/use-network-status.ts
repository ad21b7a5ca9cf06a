import { ApiRoute } from '@tongxin/types';
import { useCallback, useEffect, useState } from 'react';

import { request } from '@/services/request';

import { subscribeNetwork } from './network-source';

/** How often to look for the API again after a request failed while the phone says it is online. */
export const PROBE_INTERVAL_MS = 15_000;

/**
 * Online when the phone has a network and the last request to the API did not fail on the way.
 * A failed request counts as offline until the network changes or a health probe answers.
 */
export function useNetworkStatus() {
  const [deviceOnline, setDeviceOnline] = useState(true);
  const [requestFailed, setRequestFailed] = useState(false);

  useEffect(
    () =>
      subscribeNetwork((online) => {
        setDeviceOnline(online);
        setRequestFailed(false);
      }),
    [],
  );

  useEffect(() => {
    if (!requestFailed || !deviceOnline) return undefined;
    const timer = setInterval(() => {
      request(ApiRoute.Health, { anonymous: true }).then(
        () => setRequestFailed(false),
        () => undefined,
      );
    }, PROBE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [requestFailed, deviceOnline]);

  const markOffline = useCallback(() => setRequestFailed(true), []);
  return { online: deviceOnline && !requestFailed, markOffline };
}
