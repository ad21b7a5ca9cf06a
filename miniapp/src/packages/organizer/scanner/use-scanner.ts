import type { OfflineKit, ScanResult } from '@tongxin/types';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useNetworkStatus } from '@/hooks/use-network-status';
import { errorMessage, isApiError } from '@/services/api-error';
import { checkIn, checkInBatch, checkOut, checkOutBatch, getOfflineKit } from '@/services/organizer';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { isRetryable } from '@/utils/retry-action';

import { verifyCheckoutOffline, verifyOffline } from './local-verify';
import {
  enqueueScan,
  loadKit,
  loadKnownCheckins,
  loadQueue,
  rememberCheckins,
  removeAnswered,
  saveKit,
  type ScanMode,
  toScanRequest,
} from './offline-store';

/** What the scanner shows after a scan: the result, or why no result could be had. */
export type ScanDisplay = { kind: 'result'; result: ScanResult; offline: boolean } | { kind: 'error'; message: string };

function isScanResult(value: unknown): value is ScanResult {
  return typeof value === 'object' && value !== null && 'outcome' in value && 'nonce' in value;
}

/**
 * The door scanner of one event: online it posts each scan with a fresh nonce; offline (no network,
 * or a request that failed on the way) it verifies the ticket with the offline kit and queues it,
 * and uploads the queue with checkins/batch as soon as it is online again — then the 签退 of a volunteer
 * event with checkouts/batch, so every check-in reaches the server before the 签退 that closes it.
 */
export function useScanner(eventId: string) {
  const { online, markOffline } = useNetworkStatus();
  const [kit, setKit] = useState<OfflineKit | null>(() => loadKit(eventId));
  const [pending, setPending] = useState(() => loadQueue(eventId).length);
  const [display, setDisplay] = useState<ScanDisplay | null>(null);
  const [busy, setBusy] = useState(false);
  const [kitBusy, setKitBusy] = useState(false);
  const [kitError, setKitError] = useState<string | null>(null);
  const [lastUpload, setLastUpload] = useState<ScanResult[] | null>(null);
  const syncing = useRef(false);

  const downloadKit = useCallback(async () => {
    setKitBusy(true);
    setKitError(null);
    try {
      const fresh = await getOfflineKit(eventId);
      saveKit(fresh);
      setKit(fresh);
    } catch (error) {
      if (isRetryable(error)) markOffline();
      setKitError(errorMessage(error));
    } finally {
      setKitBusy(false);
    }
  }, [eventId, markOffline]);

  const upload = useCallback(async () => {
    const queue = loadQueue(eventId);
    if (syncing.current || queue.length === 0) return;
    syncing.current = true;
    try {
      const ins = queue.filter((scan) => scan.mode !== 'out');
      const outs = queue.filter((scan) => scan.mode === 'out');
      const results: ScanResult[] = [];
      for (const [scans, send] of [
        [ins, checkInBatch],
        [outs, checkOutBatch],
      ] as const) {
        if (scans.length === 0) continue;
        const answered = await send(eventId, { scans: scans.map(toScanRequest) });
        rememberCheckins(eventId, answered);
        setPending(
          removeAnswered(
            eventId,
            answered.map((result) => result.nonce),
          ).length,
        );
        results.push(...answered);
      }
      setLastUpload(results);
    } catch (error) {
      if (isRetryable(error)) markOffline();
    } finally {
      syncing.current = false;
    }
  }, [eventId, markOffline]);

  // Back online (or opened online): upload what was scanned without a network.
  useEffect(() => {
    if (!online) return undefined;
    const timer = setTimeout(() => void upload(), 0);
    return () => clearTimeout(timer);
  }, [online, upload]);

  const scanOffline = useCallback(
    (ticket: string, nonce: string, mode: ScanMode) => {
      if (!kit) {
        setDisplay({ kind: 'error', message: '网络不通，且未下载离线名单，无法核验。请联网后先下载离线名单。' });
        return;
      }
      const known = loadKnownCheckins(eventId);
      const result =
        mode === 'out' ? verifyCheckoutOffline(ticket, kit, known, nonce) : verifyOffline(ticket, kit, known, nonce);
      if (result.outcome === 'checked_in' || result.outcome === 'checked_out') {
        const queue = enqueueScan(eventId, {
          ticket,
          nonce,
          scannedAt: (mode === 'out' ? result.checkedOutAt : result.checkedInAt) ?? new Date().toISOString(),
          registrationId: result.registrationId,
          ...(mode === 'out' ? { mode } : {}),
        });
        rememberCheckins(eventId, [result]);
        setPending(queue.length);
      }
      setDisplay({ kind: 'result', result, offline: true });
    },
    [eventId, kit],
  );

  const scan = useCallback(
    async (raw: string, mode: ScanMode = 'in') => {
      const ticket = raw.trim();
      if (!ticket || busy) return;
      const nonce = newIdempotencyKey();
      setDisplay(null);
      if (!online) {
        scanOffline(ticket, nonce, mode);
        return;
      }
      setBusy(true);
      try {
        const result = await (mode === 'out' ? checkOut : checkIn)(eventId, { ticket, nonce });
        rememberCheckins(eventId, [result]);
        setDisplay({ kind: 'result', result, offline: false });
      } catch (error) {
        if (isRetryable(error)) {
          markOffline();
          scanOffline(ticket, nonce, mode);
        } else if (isApiError(error) && isScanResult(error.details)) {
          setDisplay({ kind: 'result', result: error.details, offline: false });
        } else {
          setDisplay({ kind: 'error', message: errorMessage(error) });
        }
      } finally {
        setBusy(false);
      }
    },
    [busy, eventId, markOffline, online, scanOffline],
  );

  return { online, kit, kitBusy, kitError, downloadKit, pending, upload, lastUpload, display, busy, scan };
}
