import Taro from '@tarojs/taro';
import type { PhotoView } from '@tongxin/types';

import {
  type LocalPhoto,
  parseUploadResponse,
  PHOTO_UPLOAD_URL,
  UPLOAD_TIMEOUT_MS,
  type UploadPhotoOptions,
} from './photos-common';
import { networkError, withFreshToken } from './request';

export type { LocalPhoto } from './photos-common';

/** Mini-program: Taro.uploadFile with the token, reporting progress; refreshes an expired token once. */
export function uploadPhoto(photo: LocalPhoto, { purpose, onProgress }: UploadPhotoOptions): Promise<PhotoView> {
  return withFreshToken(async (token) => {
    let result: { statusCode: number; data: unknown };
    try {
      const task = Taro.uploadFile({
        url: PHOTO_UPLOAD_URL(),
        filePath: photo.previewUrl,
        name: 'file',
        formData: { purpose },
        header: token ? { Authorization: `Bearer ${token}` } : {},
        timeout: UPLOAD_TIMEOUT_MS,
      });
      task.progress?.((event) => onProgress?.(event.progress));
      result = await task;
    } catch (reason) {
      throw networkError(reason);
    }
    return parseUploadResponse(result.statusCode, result.data);
  });
}
