import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

/** WeChat's answer to a pending privacy API (wx.onNeedPrivacyAuthorization's resolve). */
export interface PrivacyResolveOption {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}
export type PrivacyResolve = (option: PrivacyResolveOption) => void;

/** The id of the open-type="agreePrivacyAuthorization" button: WeChat checks that this button was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';
export const PRIVACY_REFUSED_MESSAGE = '未同意隐私保护指引，该功能暂时不能使用';

type Listener = () => void;
const listeners = new Set<Listener>();
let waiting: PrivacyResolve[] = [];

function notify(): void {
  listeners.forEach((listener) => listener());
}

/** A privacy API is waiting for the member: show the dialog (and tell WeChat it was shown). */
export function requestPrivacyConsent(resolve: PrivacyResolve): void {
  waiting = [...waiting, resolve];
  resolve({ event: 'exposureAuthorization' });
  notify();
}

/**
 * The member's answer, for every API waiting. Refusing fails only those calls (their callers carry on without
 * a position, a photo or a scan); the rest of the app stays as it was.
 */
export function answerPrivacyConsent(agreed: boolean): void {
  const answered = waiting;
  waiting = [];
  answered.forEach((resolve) =>
    resolve(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' }),
  );
  notify();
  if (!agreed) void Taro.showToast({ title: PRIVACY_REFUSED_MESSAGE, icon: 'none' });
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isWaiting = () => waiting.length > 0;

/** True while a privacy API waits for the member's answer. */
export function usePrivacyRequest(): boolean {
  return useSyncExternalStore(subscribe, isWaiting, isWaiting);
}
