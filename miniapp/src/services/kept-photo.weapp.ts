import Taro from '@tarojs/taro';

import type { LocalPhoto } from './photos';

/** Mini-program: a temp file can vanish when the app is closed, so it is saved (saveFile) and its path kept. */
export async function keepPhoto(photo: LocalPhoto): Promise<string> {
  const saved = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath: photo.previewUrl,
      success: (result) => resolve(result.savedFilePath),
      fail: reject,
    });
  });
  return saved;
}

export function restorePhoto(key: string, ref: string): LocalPhoto | null {
  try {
    Taro.getFileSystemManager().accessSync(ref);
  } catch {
    return null;
  }
  return { key, previewUrl: ref };
}

export function forgetPhoto(ref: string): void {
  Taro.getFileSystemManager().removeSavedFile({ filePath: ref, fail: () => undefined });
}
