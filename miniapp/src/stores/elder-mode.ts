import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'tongxin.elderMode';

type Listener = () => void;
const listeners = new Set<Listener>();
let enabled: boolean | null = null;

function read(): boolean {
  if (enabled === null) enabled = Taro.getStorageSync(STORAGE_KEY) === true;
  return enabled;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** 长辈模式: larger type across every page, remembered on this device. */
export function setElderMode(value: boolean): void {
  enabled = value;
  Taro.setStorageSync(STORAGE_KEY, value);
  listeners.forEach((listener) => listener());
}

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, read, read);
}
