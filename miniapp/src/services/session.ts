import Taro from '@tarojs/taro';
import type { AuthTokens, MeSummary } from '@tongxin/types';

const ACCESS_TOKEN_KEY = 'tongxin.auth.token';
const REFRESH_TOKEN_KEY = 'tongxin.auth.refresh';
const USER_KEY = 'tongxin.auth.user';

type Listener = () => void;
const listeners = new Set<Listener>();
// Cached so useSyncExternalStore gets the same object until the session changes.
let cachedUser: MeSummary | null | undefined;

function readString(key: string): string | null {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function isMeSummary(value: unknown): value is MeSummary {
  return typeof value === 'object' && value !== null && 'id' in value && 'nickname' in value && 'roles' in value;
}

function notify(): void {
  cachedUser = undefined;
  listeners.forEach((listener) => listener());
}

/** The access token sent as `Authorization: Bearer …`, or null when signed out. */
export function getToken(): string | null {
  return readString(ACCESS_TOKEN_KEY);
}

export function getRefreshToken(): string | null {
  return readString(REFRESH_TOKEN_KEY);
}

/** The signed-in user as of the last login, refresh or `GET me`; null when signed out. */
export function getSessionUser(): MeSummary | null {
  if (cachedUser === undefined) {
    const stored: unknown = Taro.getStorageSync(USER_KEY);
    cachedUser = getToken() && isMeSummary(stored) ? stored : null;
  }
  return cachedUser;
}

/** Stores the tokens and user of a login or refresh. */
export function saveSession(tokens: AuthTokens): void {
  Taro.setStorageSync(ACCESS_TOKEN_KEY, tokens.accessToken);
  Taro.setStorageSync(REFRESH_TOKEN_KEY, tokens.refreshToken);
  Taro.setStorageSync(USER_KEY, tokens.user);
  notify();
}

/** Keeps the stored user in step with a fresh `GET me` (roles change when staff approve). */
export function updateSessionUser(user: MeSummary): void {
  if (!getToken()) return;
  const summary: MeSummary = {
    id: user.id,
    nickname: user.nickname,
    avatarUrl: user.avatarUrl,
    phone: user.phone,
    roles: user.roles,
  };
  Taro.setStorageSync(USER_KEY, summary);
  notify();
}

export function clearSession(): void {
  Taro.removeStorageSync(ACCESS_TOKEN_KEY);
  Taro.removeStorageSync(REFRESH_TOKEN_KEY);
  Taro.removeStorageSync(USER_KEY);
  notify();
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test helper: set only an access token. */
export function setToken(token: string | null): void {
  if (token) {
    Taro.setStorageSync(ACCESS_TOKEN_KEY, token);
  } else {
    Taro.removeStorageSync(ACCESS_TOKEN_KEY);
  }
  notify();
}
