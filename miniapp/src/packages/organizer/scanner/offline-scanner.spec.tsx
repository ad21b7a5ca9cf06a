import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { publicKeyOf, signTicket, toBase64Url } from '@tongxin/tickets';
import type { OfflineKit, ScanResult } from '@tongxin/types';

import { fakeApi, ok, type SentRequest } from '../../../../test/fake-api';
import { taroTest } from '../../../../test/mocks/taro';
import { ScannerPanel } from '../components/scanner-panel';
import { verifyOffline } from './local-verify';
import { enqueueScan, loadQueue, removeAnswered } from './offline-store';

const EVENT_ID = '30b4793d-0025-4c0f-9898-86aec4eb76b2';
const REG_QIQIGE = 'ab750746-6b39-4ce7-8fe8-6a50243c3320';
const REG_WANG = 'bb750746-6b39-4ce7-8fe8-6a50243c3321';
const REG_CANCELLED = 'cb750746-6b39-4ce7-8fe8-6a50243c3322';
const PRIVATE_KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1);

/** A ticket valid from `fromHours` to `untilHours` hours from now (by default: around now). */
function ticketFor(registrationId: string, eventId = EVENT_ID, fromHours = -1, untilHours = 1): string {
  const now = Date.now();
  return signTicket(
    {
      eventId,
      registrationId,
      validFrom: new Date(now + fromHours * 3_600_000),
      validUntil: new Date(now + untilHours * 3_600_000),
    },
    PRIVATE_KEY,
  );
}

const kit: OfflineKit = {
  eventId: EVENT_ID,
  publicKey: toBase64Url(publicKeyOf(PRIVATE_KEY)),
  roster: [
    { registrationId: REG_QIQIGE, name: '其其格', phone: '138****0001', dependents: [], checkedInAt: null },
    {
      registrationId: REG_WANG,
      name: '王建国',
      phone: '138****0005',
      dependents: [{ name: '王小宝', age: 6 }],
      checkedInAt: null,
    },
  ],
  revoked: [REG_CANCELLED],
  checkinWindow: {
    from: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    until: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  },
  generatedAt: '2026-11-22T06:00:00.000Z',
};

/** The server's answer to a batch: every scan checked in, by 阿娜尔. */
function answerBatch(sent: SentRequest) {
  const { scans } = sent.data as { scans: Array<{ nonce: string }> };
  const results: ScanResult[] = scans.map((scan) => ({
    nonce: scan.nonce,
    outcome: 'checked_in',
    registrationId: REG_WANG,
    attendee: { name: '王建国', phone: '138****0005', dependents: [] },
    checkedInAt: '2026-11-22T06:05:00.000Z',
    checkedInBy: '阿娜尔',
    needsReview: false,
  }));
  return { statusCode: 200, data: results };
}

function renderScanner() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ScannerPanel eventId={EVENT_ID} />
    </QueryClientProvider>,
  );
}

function typeTicket(ticket: string): void {
  fireEvent.change(screen.getByPlaceholderText(/粘贴居民入场券/), { target: { value: ticket } });
  fireEvent.click(screen.getByText('核验签到'));
}

const setNetwork = (online: boolean) => act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));

describe('offline check-in', () => {
  beforeEach(() => taroTest.reset());

  it('verifies locally while offline, queues the scan, and uploads and clears it when back online', async () => {
    const sent = fakeApi({
      'GET events/30b4793d-0025-4c0f-9898-86aec4eb76b2/offline-kit': [ok(kit)],
      'POST events/30b4793d-0025-4c0f-9898-86aec4eb76b2/checkins/batch': [answerBatch],
    });
    renderScanner();
    expect(screen.getByText('● 在线')).toBeTruthy();

    fireEvent.click(screen.getByText('下载离线名单'));
    expect(await screen.findByText(/离线名单：2 人/)).toBeTruthy();

    setNetwork(false);
    expect(screen.getByText('● 离线')).toBeTruthy();
    typeTicket(ticketFor(REG_WANG));

    expect(await screen.findByText('离线核验通过')).toBeTruthy();
    expect(screen.getByText('王建国')).toBeTruthy();
    expect(screen.getByText('随行：王小宝（6岁）')).toBeTruthy();
    expect(screen.getByText('待上传 1')).toBeTruthy();
    expect(loadQueue(EVENT_ID)).toHaveLength(1);

    // The same ticket again, still offline: refused as a duplicate, not queued twice.
    typeTicket(ticketFor(REG_WANG));
    expect(await screen.findByText('重复签到')).toBeTruthy();
    expect(screen.getByText('待上传 1')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(0);

    setNetwork(true);
    await waitFor(() => expect(screen.getByText('待上传 0')).toBeTruthy());
    const batch = sent.find((s) => s.url.endsWith('/checkins/batch'));
    const scans = (batch?.data as { scans: Array<Record<string, string>> }).scans;
    expect(scans).toHaveLength(1);
    expect(Object.keys(scans[0]).sort()).toEqual(['nonce', 'scannedAt', 'ticket']);
    expect(scans[0].nonce).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(loadQueue(EVENT_ID)).toHaveLength(0);
  });

  it('refuses a cancelled registration locally and queues nothing', async () => {
    fakeApi({ 'GET events/30b4793d-0025-4c0f-9898-86aec4eb76b2/offline-kit': [ok(kit)] });
    renderScanner();
    fireEvent.click(screen.getByText('下载离线名单'));
    await screen.findByText(/离线名单：2 人/);

    setNetwork(false);
    typeTicket(ticketFor(REG_CANCELLED));

    expect(await screen.findByText('不能入场')).toBeTruthy();
    expect(screen.getByText('入场券已失效（报名已取消或未通过）')).toBeTruthy();
    expect(screen.getByText('待上传 0')).toBeTruthy();
    expect(loadQueue(EVENT_ID)).toHaveLength(0);
  });

  it('treats a request that fails on the way as offline and verifies locally', async () => {
    fakeApi({
      'GET events/30b4793d-0025-4c0f-9898-86aec4eb76b2/offline-kit': [ok(kit)],
      'POST events/30b4793d-0025-4c0f-9898-86aec4eb76b2/checkins': [
        () => Promise.reject({ errMsg: 'request:fail' }) as never,
      ],
    });
    renderScanner();
    fireEvent.click(screen.getByText('下载离线名单'));
    await screen.findByText(/离线名单：2 人/);

    typeTicket(ticketFor(REG_QIQIGE));

    expect(await screen.findByText('离线核验通过')).toBeTruthy();
    expect(screen.getByText('● 离线')).toBeTruthy();
    expect(screen.getByText('待上传 1')).toBeTruthy();
  });

  it('refuses forged and other events’ tickets, and keeps scans the server did not answer', () => {
    const forged = ticketFor(REG_WANG).replace(/.{4}$/, 'AAAA');
    expect(verifyOffline(forged, kit, {}, 'nonce-0001').outcome).toBe('invalid');
    const other = ticketFor(REG_WANG, '40b4793d-0025-4c0f-9898-86aec4eb76b2');
    expect(verifyOffline(other, kit, {}, 'nonce-0002').outcome).toBe('wrong_event');

    const scan = { ticket: 't', scannedAt: '2026-11-22T06:00:00.000Z', registrationId: null };
    enqueueScan(EVENT_ID, { ...scan, nonce: 'nonce-a' });
    enqueueScan(EVENT_ID, { ...scan, nonce: 'nonce-b' });
    expect(removeAnswered(EVENT_ID, ['nonce-a']).map((s) => s.nonce)).toEqual(['nonce-b']);
  });

  it('takes a ticket made before the event was moved while the event’s window is open, and no other', () => {
    // Made for the event's old time, two days from now: its own window has not begun.
    const early = ticketFor(REG_WANG, EVENT_ID, 46, 52);
    expect(verifyOffline(early, kit, {}, 'nonce-0005').outcome).toBe('checked_in');
    const closed = { ...kit, checkinWindow: { from: kit.checkinWindow.until, until: kit.checkinWindow.until } };
    expect(verifyOffline(early, closed, {}, 'nonce-0006').outcome).toBe('outside_window');
    // Another event's ticket is not let in by this event's window.
    const other = ticketFor(REG_WANG, '40b4793d-0025-4c0f-9898-86aec4eb76b2', 46, 52);
    expect(verifyOffline(other, kit, {}, 'nonce-0007').outcome).toBe('outside_window');
  });

  it('knows offline who was already in when the kit was downloaded (checked in at another scanner)', () => {
    const earlier = {
      ...kit,
      roster: kit.roster.map((row) =>
        row.registrationId === REG_QIQIGE ? { ...row, checkedInAt: '2026-11-22T06:01:00.000Z' } : row,
      ),
    };
    const again = verifyOffline(ticketFor(REG_QIQIGE), earlier, {}, 'nonce-0003');
    expect(again).toMatchObject({
      outcome: 'already_checked_in',
      checkedInAt: '2026-11-22T06:01:00.000Z',
      attendee: { name: '其其格' },
    });
    expect(verifyOffline(ticketFor(REG_WANG), earlier, {}, 'nonce-0004').outcome).toBe('checked_in');
  });
});
