import type { PhotoView } from '@tongxin/types';

import { ApiError, ClientErrorCode } from './api-error';
import {
  type LocalPhoto,
  parseUploadResponse,
  PHOTO_UPLOAD_URL,
  UPLOAD_TIMEOUT_MS,
  type UploadPhotoOptions,
} from './photos-common';
import { networkError, withFreshToken } from './request';

export type { LocalPhoto } from './photos-common';

function post(photo: LocalPhoto, options: UploadPhotoOptions, token: string | null): Promise<PhotoView> {
  return new Promise((resolve, reject) => {
    if (!photo.file) {
      reject(new ApiError(ClientErrorCode.UnexpectedResponse, 0, '照片文件丢失，请重新选择'));
      return;
    }
    const form = new FormData();
    // The API reads `purpose` in either order; sending it first lets it refuse early.
    form.append('purpose', options.purpose);
    form.append('file', photo.file, 'photo.jpg');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', PHOTO_UPLOAD_URL());
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      try {
        resolve(parseUploadResponse(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError('upload:fail'));
    xhr.ontimeout = () => reject(networkError('upload:fail timeout'));
    xhr.send(form);
  });
}

/** H5: XMLHttpRequest + FormData (progress events, the File the <input> gave us). */
export function uploadPhoto(photo: LocalPhoto, options: UploadPhotoOptions): Promise<PhotoView> {
  return withFreshToken((token) => post(photo, options, token));
}
