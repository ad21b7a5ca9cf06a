import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

import { systemFontIsLarge } from '@/utils/system-font';

const STORAGE_KEY = 'tongxin.elderMode';

type Listener = () => void;
const listeners = new Set<Listener>();
let enabled: boolean | null = null;

/** The member's own choice when they made one; otherwise on when WeChat's font size is large. */
function read(): boolean {
  if (enabled === null) {
    const chosen: unknown = Taro.getStorageSync(STORAGE_KEY);
    enabled = typeof chosen === 'boolean' ? chosen : systemFontIsLarge();
  }
  return enabled;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** 长辈模式: larger type and touch targets across every page, the choice remembered on this device. */
export function setElderMode(value: boolean): void {
  enabled = value;
  Taro.setStorageSync(STORAGE_KEY, value);
  listeners.forEach((listener) => listener());
}

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, read, read);
}

/** Tests: forget what was read, as a fresh start of the app would. */
export function resetElderModeForTests(): void {
  enabled = null;
}
