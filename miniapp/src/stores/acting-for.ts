import Taro from '@tarojs/taro';
import { ErrorCode, type FamilyLinkView } from '@tongxin/types';
import { useSyncExternalStore } from 'react';

import { isApiError } from '@/services/api-error';
import { getSessionUser, subscribeSession } from '@/services/session';

/** The parent a family member acts for (亲情代办), through one active link. */
export interface ActingFor {
  linkId: string;
  parentId: string;
  parentName: string;
  /** The family member who chose it: a login as anyone else ends it. */
  childId: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
// In memory only, deliberately never in storage: acting as a parent is chosen each time, so a restart of the app (or a
// reload of the H5 page) starts as oneself, and a phone handed to someone else does not keep acting for the parent.
let current: ActingFor | null = null;
let watchingSession = false;

function set(next: ActingFor | null): void {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Logging out, or in as someone else, ends it; a token refresh (the same member) does not. */
function watchSession(): void {
  if (watchingSession) return;
  watchingSession = true;
  subscribeSession(() => {
    if (current && getSessionUser()?.id !== current.childId) set(null);
  });
}

/** 为妈妈代办: from here the acting screens send the parent's id. Only a link whose `can.actFor` the API set. */
export function startActingFor(link: FamilyLinkView): boolean {
  if (!link.can.actFor) return false;
  watchSession();
  set({ linkId: link.id, parentId: link.parent.id, parentName: link.parent.name, childId: link.child.id });
  return true;
}

/** 退出代办: back to acting as oneself. */
export function stopActingFor(): void {
  if (current) set(null);
}

export function getActingFor(): ActingFor | null {
  return current;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => current;

/** Whom the member acts for now, or null (re-renders on start and stop). */
export function useActingFor(): ActingFor | null {
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * A call that may be made for the parent (`onBehalfOf` set). When the API refuses it with PROXY_NOT_ALLOWED (the parent
 * or staff ended the link meanwhile), acting ends here too and the member is told; the error still reaches the caller.
 */
export async function asParent<T>(onBehalfOf: string | undefined, call: () => Promise<T>): Promise<T> {
  if (!onBehalfOf) return call();
  try {
    return await call();
  } catch (error) {
    if (current?.parentId === onBehalfOf && isApiError(error) && error.code === ErrorCode.ProxyNotAllowed) {
      set(null);
      void Taro.showToast({ title: '代办关联已结束，已退出代办', icon: 'none' });
    }
    throw error;
  }
}
