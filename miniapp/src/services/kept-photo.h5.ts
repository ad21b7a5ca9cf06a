import Taro from '@tarojs/taro';

import { ApiError, ClientErrorCode } from './api-error';
import type { LocalPhoto } from './photos';

const storageKey = (key: string) => `tongxin.orders.kept-photo.${key}`;

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [head, body] = dataUrl.split(',', 2);
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'image/jpeg';
  const bytes = atob(body ?? '');
  const buffer = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) buffer[i] = bytes.charCodeAt(i);
  return new Blob([buffer], { type });
}

/** H5: the picked file as a data URL in localStorage (a blob URL dies with the tab); answers its storage key. */
export async function keepPhoto(photo: LocalPhoto): Promise<string> {
  if (!photo.file) throw new ApiError(ClientErrorCode.UnexpectedResponse, 0, '照片文件丢失，请重新选择');
  const key = storageKey(photo.key);
  Taro.setStorageSync(key, await readAsDataUrl(photo.file));
  return key;
}

/** The kept photo as something uploadPhoto takes, or null when it is gone. */
export function restorePhoto(key: string, ref: string): LocalPhoto | null {
  const dataUrl: unknown = Taro.getStorageSync(ref);
  if (typeof dataUrl !== 'string' || !dataUrl.startsWith('data:')) return null;
  return { key, previewUrl: dataUrl, file: dataUrlToBlob(dataUrl) };
}

export function forgetPhoto(ref: string): void {
  Taro.removeStorageSync(ref);
}
