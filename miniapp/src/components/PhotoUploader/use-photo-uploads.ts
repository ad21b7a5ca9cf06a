import type { PhotoPurpose, PhotoView } from '@tongxin/types';
import { useRef, useState } from 'react';

import { errorMessage } from '@/services/api-error';
import { type LocalPhoto, uploadPhoto } from '@/services/photos';

export interface PhotoItem {
  local: LocalPhoto;
  state: 'uploading' | 'done' | 'error';
  /** 0–100 */
  progress: number;
  photo?: PhotoView;
  error?: string;
}

/**
 * Photos of one form, uploaded one by one as they are picked. Each has its own progress and
 * error; a failed one can be retried or removed. `add` keeps at most `max` and says how many it dropped.
 */
export function usePhotoUploads(purpose: PhotoPurpose, max: number) {
  const [items, setItems] = useState<PhotoItem[]>([]);
  // Uploads run one at a time so a rider on bad signal finishes some rather than none.
  const queue = useRef<Promise<void>>(Promise.resolve());

  function patch(key: string, change: Partial<PhotoItem>): void {
    setItems((current) => current.map((item) => (item.local.key === key ? { ...item, ...change } : item)));
  }

  function upload(local: LocalPhoto): void {
    queue.current = queue.current.then(async () => {
      patch(local.key, { state: 'uploading', progress: 0, error: undefined });
      try {
        const photo = await uploadPhoto(local, {
          purpose,
          onProgress: (progress) => patch(local.key, { progress }),
        });
        patch(local.key, { state: 'done', progress: 100, photo });
      } catch (error) {
        patch(local.key, { state: 'error', error: errorMessage(error) });
      }
    });
  }

  function add(picked: LocalPhoto[]): number {
    const room = Math.max(0, max - items.length);
    const accepted = picked.slice(0, room);
    setItems((current) => [
      ...current,
      ...accepted.map((local): PhotoItem => ({ local, state: 'uploading', progress: 0 })),
    ]);
    accepted.forEach(upload);
    return picked.length - accepted.length;
  }

  function retry(key: string): void {
    const item = items.find((i) => i.local.key === key);
    if (item) upload(item.local);
  }

  function remove(key: string): void {
    setItems((current) => current.filter((item) => item.local.key !== key));
  }

  const photoIds = items.flatMap((item) => (item.photo ? [item.photo.id] : []));
  return {
    items,
    add,
    retry,
    remove,
    photoIds,
    uploading: items.some((item) => item.state === 'uploading'),
    failed: items.some((item) => item.state === 'error'),
  };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;
