import type { MeSummary } from '@tongxin/types';
import { useSyncExternalStore } from 'react';

import { getSessionUser, subscribeSession } from '@/services/session';

/** The signed-in user (re-renders on login, refresh and logout); null when signed out. */
export function useSessionUser(): MeSummary | null {
  return useSyncExternalStore(subscribeSession, getSessionUser, getSessionUser);
}
