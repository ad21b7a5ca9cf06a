import { MAX_PHOTOS_PER_REPORT } from '@tongxin/types';

import type { PhotoItem } from '@/components/PhotoUploader/use-photo-uploads';

import type { PickedLocation } from './location-types';

export type ReportFormErrors = Partial<Record<'category' | 'text' | 'photos' | 'location' | 'form', string>>;

export const TEXT_MIN = 2;
export const TEXT_MAX = 500;

interface ReportDraft {
  categoryId: string | null;
  text: string;
  photos: Pick<PhotoItem, 'state'>[];
  location: PickedLocation | null;
}

/** What is missing or wrong before a report may be sent; empty when it may. */
export function validateReport({ categoryId, text, photos, location }: ReportDraft): ReportFormErrors {
  const errors: ReportFormErrors = {};
  const words = text.trim();
  if (!categoryId) errors.category = '请选择类型';
  if (words.length < TEXT_MIN) errors.text = '请用几句话描述一下（至少 2 个字）';
  else if (words.length > TEXT_MAX) errors.text = `描述最多 ${TEXT_MAX} 字`;
  if (photos.length > MAX_PHOTOS_PER_REPORT) errors.photos = `最多 ${MAX_PHOTOS_PER_REPORT} 张照片`;
  else if (photos.some((photo) => photo.state === 'uploading')) errors.photos = '照片还在上传，请稍等';
  else if (photos.some((photo) => photo.state === 'error')) errors.photos = '有照片上传失败，请点照片重试或删除';
  if (!location) errors.location = '请选择位置或楼栋';
  return errors;
}
