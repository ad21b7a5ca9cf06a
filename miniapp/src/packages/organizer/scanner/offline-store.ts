import Taro from '@tarojs/taro';
import type { OfflineKit, ScanRequest, ScanResult } from '@tongxin/types';

/** 签到, or 签退 at a volunteer event. */
export type ScanMode = 'in' | 'out';

/** A scan verified on this device with no signal, waiting for checkins/batch (or checkouts/batch). */
export interface QueuedScan {
  ticket: string;
  nonce: string;
  scannedAt: string;
  /** Kept on the device only, to refuse a second offline scan of the same ticket. */
  registrationId: string | null;
  /** `out`: a 签退 (queued before this field existed: a check-in). */
  mode?: ScanMode;
}

/** Check-ins this device knows of (answered online or queued), for duplicate checks with no signal. */
export interface KnownCheckin {
  at: string;
  by: string | null;
  /** When it was checked out (volunteer events). */
  out?: string | null;
}

const kitKey = (eventId: string) => `tongxin.organizer.kit.${eventId}`;
const queueKey = (eventId: string) => `tongxin.organizer.queue.${eventId}`;
const knownKey = (eventId: string) => `tongxin.organizer.checked.${eventId}`;

function read<T>(key: string, fallback: T, valid: (value: unknown) => boolean): T {
  const value: unknown = Taro.getStorageSync(key);
  return valid(value) ? (value as T) : fallback;
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export function loadKit(eventId: string): OfflineKit | null {
  return read<OfflineKit | null>(kitKey(eventId), null, (v) => isObject(v) && 'publicKey' in (v as object));
}

export function saveKit(kit: OfflineKit): void {
  Taro.setStorageSync(kitKey(kit.eventId), kit);
}

export function loadQueue(eventId: string): QueuedScan[] {
  return read<QueuedScan[]>(queueKey(eventId), [], Array.isArray);
}

export function enqueueScan(eventId: string, scan: QueuedScan): QueuedScan[] {
  const queue = [...loadQueue(eventId), scan];
  Taro.setStorageSync(queueKey(eventId), queue);
  return queue;
}

/** Drops the scans the server answered (whatever the outcome); the rest wait for the next upload. */
export function removeAnswered(eventId: string, answeredNonces: readonly string[]): QueuedScan[] {
  const answered = new Set(answeredNonces);
  const queue = loadQueue(eventId).filter((scan) => !answered.has(scan.nonce));
  Taro.setStorageSync(queueKey(eventId), queue);
  return queue;
}

/** The request body of a queued scan: the registration id stays on the device. */
export function toScanRequest(scan: QueuedScan): Required<ScanRequest> {
  return { ticket: scan.ticket, nonce: scan.nonce, scannedAt: scan.scannedAt };
}

export function loadKnownCheckins(eventId: string): Record<string, KnownCheckin> {
  return read<Record<string, KnownCheckin>>(knownKey(eventId), {}, isObject);
}

/** Remembers who the server (or this device) has checked in, and out. */
export function rememberCheckins(eventId: string, results: readonly ScanResult[]): void {
  const known = loadKnownCheckins(eventId);
  for (const result of results) {
    if (!result.registrationId) continue;
    const earlier = known[result.registrationId];
    if (result.checkedInAt) {
      known[result.registrationId] = {
        at: result.checkedInAt,
        by: result.checkedInBy,
        out: result.checkedOutAt ?? earlier?.out ?? null,
      };
    } else if (result.checkedOutAt && earlier) {
      known[result.registrationId] = { ...earlier, out: result.checkedOutAt };
    }
  }
  Taro.setStorageSync(knownKey(eventId), known);
}
