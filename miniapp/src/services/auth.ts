import Taro from '@tarojs/taro';

const TOKEN_KEY = 'tongxin.auth.token';

/** The access token sent as `Authorization: Bearer …`, or null when signed out. */
export function getToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' && token.length > 0 ? token : null;
}

export function setToken(token: string | null): void {
  if (token) {
    Taro.setStorageSync(TOKEN_KEY, token);
  } else {
    Taro.removeStorageSync(TOKEN_KEY);
  }
}
