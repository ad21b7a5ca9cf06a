import { ApiRoute, type PhotoPurpose, type PhotoView } from '@tongxin/types';

import { ApiError, apiErrorFromResponse, ClientErrorCode } from './api-error';
import { buildUrl } from './request';

/** A photo picked on the phone, before and while it is uploaded. */
export interface LocalPhoto {
  /** Local key, unique within the form. */
  key: string;
  /** Something an <Image> can show: a temp file path (weapp) or an object URL (h5). */
  previewUrl: string;
  /** H5 only: the picked file itself. */
  file?: Blob;
}

export interface UploadPhotoOptions {
  purpose: PhotoPurpose;
  /** 0–100 */
  onProgress?: (percent: number) => void;
}

export type UploadPhoto = (photo: LocalPhoto, options: UploadPhotoOptions) => Promise<PhotoView>;

export const PHOTO_UPLOAD_URL = (): string => buildUrl(ApiRoute.Photos);
export const UPLOAD_TIMEOUT_MS = 60_000;

/** Turns an upload's status and raw body (JSON text) into the PhotoView or a typed ApiError. */
export function parseUploadResponse(statusCode: number, raw: unknown): PhotoView {
  let body: unknown = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
  }
  if (statusCode >= 200 && statusCode < 300) {
    if (typeof body === 'object' && body !== null && 'id' in body) return body as PhotoView;
    throw new ApiError(ClientErrorCode.UnexpectedResponse, statusCode, '上传结果无法识别', body);
  }
  throw apiErrorFromResponse(statusCode, body);
}

let counter = 0;
export function localPhotoKey(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter}`;
}
