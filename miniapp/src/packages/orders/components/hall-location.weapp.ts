import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

import type { HallLocation } from './hall-location-types';

/** Mini-program: the rider's GCJ-02 position once, so the hall lists the nearest orders first. */
export function useHallLocation(): HallLocation {
  const [state, setState] = useState<HallLocation>({ ready: false, point: null });
  useEffect(() => {
    let alive = true;
    Taro.getLocation({ type: 'gcj02' }).then(
      ({ longitude, latitude }) => alive && setState({ ready: true, point: { lng: longitude, lat: latitude } }),
      // Denied or unavailable: the hall still works, just not sorted by distance.
      () => alive && setState({ ready: true, point: null }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
