import Taro from '@tarojs/taro';
import { PhotoPurpose, type PhotoView } from '@tongxin/types';

import { isRetryable } from '@/utils/retry-action';

import { errorMessage, isApiError } from './api-error';
import { forgetPhoto, keepPhoto, restorePhoto } from './kept-photo';
import { orderAction } from './orders';
import { type LocalPhoto, uploadPhoto } from './photos';

/** One photo of a queued finish: kept on the phone until uploaded, then only its id. */
export interface QueuedPhoto {
  key: string;
  /** Where the photo is kept on the phone (weapp: saved file; h5: storage key); null once uploaded. */
  ref: string | null;
  photoId: string | null;
}

/** 完成处理 made with no signal, waiting on the phone to be sent. */
export interface QueuedFinish {
  /** Fixed when queued and sent with every attempt, so the API finishes the order once. */
  idempotencyKey: string;
  orderId: string;
  note: string;
  photos: QueuedPhoto[];
  queuedAt: string;
  /** Why the last attempt failed (it will be tried again), or why it was given up. */
  error: string | null;
  /** The API refused it: it is not sent again, only shown until the rider dismisses it. */
  failed: boolean;
}

export interface FinishQueueDeps {
  upload: (photo: LocalPhoto) => Promise<PhotoView>;
  finish: (orderId: string, body: { note: string; photoIds: string[] }, idempotencyKey: string) => Promise<unknown>;
}

const STORAGE_KEY = 'tongxin.orders.finish-queue';

const defaultDeps: FinishQueueDeps = {
  upload: (photo) => uploadPhoto(photo, { purpose: PhotoPurpose.OrderProof }),
  finish: (orderId, body, key) => orderAction(orderId, 'finish', body, key),
};

let snapshot: QueuedFinish[] | null = null;
const listeners = new Set<() => void>();
let sending: Promise<number> | null = null;

export function loadFinishQueue(): QueuedFinish[] {
  if (snapshot === null) {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    snapshot = Array.isArray(stored) ? (stored as QueuedFinish[]) : [];
  }
  return snapshot;
}

function save(queue: QueuedFinish[]): void {
  snapshot = queue;
  Taro.setStorageSync(STORAGE_KEY, queue);
  listeners.forEach((listener) => listener());
}

function update(idempotencyKey: string, change: (item: QueuedFinish) => QueuedFinish): void {
  save(loadFinishQueue().map((item) => (item.idempotencyKey === idempotencyKey ? change(item) : item)));
}

export function subscribeFinishQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface FinishToQueue {
  orderId: string;
  note: string;
  idempotencyKey: string;
  /** The form's photos: those already uploaded by their id, the others kept on the phone. */
  photos: Array<{ local: LocalPhoto; photoId: string | null }>;
}

export async function enqueueFinish({ orderId, note, idempotencyKey, photos }: FinishToQueue): Promise<void> {
  const kept: QueuedPhoto[] = [];
  for (const { local, photoId } of photos) {
    kept.push({ key: local.key, photoId, ref: photoId ? null : await keepPhoto(local) });
  }
  const others = loadFinishQueue().filter((item) => item.idempotencyKey !== idempotencyKey);
  save([
    ...others,
    { idempotencyKey, orderId, note, photos: kept, queuedAt: new Date().toISOString(), error: null, failed: false },
  ]);
}

/** Removes an item (a refused one the rider has read, or one they give up on) and the photos kept for it. */
export function dismissFinish(idempotencyKey: string): void {
  const item = loadFinishQueue().find((entry) => entry.idempotencyKey === idempotencyKey);
  item?.photos.forEach((photo) => photo.ref && forgetPhoto(photo.ref));
  save(loadFinishQueue().filter((entry) => entry.idempotencyKey !== idempotencyKey));
}

/** A failure worth trying again later: no answer, a server error, an expired session, or being told to wait. */
function isTransient(error: unknown): boolean {
  if (isRetryable(error) || !isApiError(error)) return true;
  return error.status === 0 || error.status >= 500 || [401, 408, 429].includes(error.status);
}

async function sendOne(item: QueuedFinish, deps: FinishQueueDeps): Promise<void> {
  for (const photo of item.photos) {
    if (photo.photoId || !photo.ref) continue;
    const local = restorePhoto(photo.key, photo.ref);
    if (!local) throw new Error('照片已从手机上删除，请重新完成处理');
    const uploaded = await deps.upload(local);
    forgetPhoto(photo.ref);
    // Remembered at once, so a drop before the finish never uploads this photo again.
    update(item.idempotencyKey, (current) => ({
      ...current,
      photos: current.photos.map((p) => (p.key === photo.key ? { ...p, photoId: uploaded.id, ref: null } : p)),
    }));
  }
  const current = loadFinishQueue().find((entry) => entry.idempotencyKey === item.idempotencyKey) ?? item;
  const photoIds = current.photos.flatMap((photo) => (photo.photoId ? [photo.photoId] : []));
  await deps.finish(item.orderId, { note: item.note, photoIds }, item.idempotencyKey);
}

async function sendAll(deps: FinishQueueDeps): Promise<number> {
  let sent = 0;
  for (const item of loadFinishQueue()) {
    if (item.failed) continue;
    try {
      await sendOne(item, deps);
      dismissFinish(item.idempotencyKey);
      sent += 1;
    } catch (error) {
      const message = isApiError(error) || !(error instanceof Error) ? errorMessage(error) : error.message;
      if (isApiError(error) && isTransient(error)) {
        update(item.idempotencyKey, (current) => ({ ...current, error: message }));
        // Later items wait too: they are sent in the order they were made.
        break;
      }
      update(item.idempotencyKey, (current) => ({ ...current, error: message, failed: true }));
    }
  }
  return sent;
}

/**
 * Sends the waiting finishes in order: photos first (each once), then the finish with its queued key.
 * A call while a send runs joins it, so two reconnect events send once. Answers how many were sent.
 */
export function sendFinishQueue(deps: FinishQueueDeps = defaultDeps): Promise<number> {
  if (!sending) {
    sending = sendAll(deps).finally(() => {
      sending = null;
    });
  }
  return sending;
}
