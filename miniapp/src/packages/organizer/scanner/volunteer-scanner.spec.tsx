import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { publicKeyOf, signTicket, toBase64Url } from '@tongxin/tickets';
import type { OfflineKit, ScanResult } from '@tongxin/types';

import { fakeApi, ok, type SentRequest } from '../../../../test/fake-api';
import { taroTest } from '../../../../test/mocks/taro';
import { ScanResultCard } from '../components/scan-result-card';
import { ScannerPanel } from '../components/scanner-panel';
import { verifyCheckoutOffline } from './local-verify';
import { loadQueue } from './offline-store';

const EVENT_ID = '50b4793d-0025-4c0f-9898-86aec4eb76b2';
const REG_IN = 'ab750746-6b39-4ce7-8fe8-6a50243c3320';
const REG_OUT = 'bb750746-6b39-4ce7-8fe8-6a50243c3321';
const REG_NEW = 'cb750746-6b39-4ce7-8fe8-6a50243c3322';
const PRIVATE_KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 7);

function ticketFor(registrationId: string): string {
  const now = Date.now();
  return signTicket(
    {
      eventId: EVENT_ID,
      registrationId,
      validFrom: new Date(now - 3_600_000),
      validUntil: new Date(now + 3_600_000),
    },
    PRIVATE_KEY,
  );
}

const kit: OfflineKit = {
  eventId: EVENT_ID,
  publicKey: toBase64Url(publicKeyOf(PRIVATE_KEY)),
  roster: [
    {
      registrationId: REG_IN,
      name: '其其格',
      phone: '138****0001',
      dependents: [],
      checkedInAt: new Date(Date.now() - 90 * 60_000).toISOString(),
    },
    {
      registrationId: REG_OUT,
      name: '巴特尔',
      phone: '138****0101',
      dependents: [],
      checkedInAt: new Date(Date.now() - 90 * 60_000).toISOString(),
      checkedOutAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    },
  ],
  revoked: [],
  checkinWindow: {
    from: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    until: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  },
  generatedAt: '2026-11-22T06:00:00.000Z',
  volunteer: true,
};

const setNetwork = (online: boolean) => act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));

function renderScanner(volunteer = false) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ScannerPanel eventId={EVENT_ID} volunteer={volunteer} />
    </QueryClientProvider>,
  );
}

function typeTicket(ticket: string, button: string): void {
  fireEvent.change(screen.getByPlaceholderText(/粘贴居民入场券/), { target: { value: ticket } });
  fireEvent.click(screen.getByText(button));
}

/** The server's answer to a batch: every scan answered with `outcome`. */
const answer = (outcome: ScanResult['outcome']) => (sent: SentRequest) => {
  const { scans } = sent.data as { scans: Array<{ nonce: string }> };
  return {
    statusCode: 200,
    data: scans.map((scan) => ({
      nonce: scan.nonce,
      outcome,
      registrationId: REG_IN,
      attendee: null,
      checkedInAt: '2026-11-22T06:05:00.000Z',
      checkedInBy: '阿娜尔',
      needsReview: false,
    })),
  };
};

describe('签退 at a volunteer event', () => {
  beforeEach(() => taroTest.reset());

  it('offers 签到 / 签退 only at volunteer events, and sends a 签退 to checkouts', async () => {
    const sent = fakeApi({
      [`POST events/${EVENT_ID}/checkouts`]: [
        ok({
          nonce: 'n',
          outcome: 'checked_out',
          registrationId: REG_IN,
          attendee: { name: '其其格', phone: '138****0001', dependents: [] },
          checkedInAt: '2026-11-22T01:05:00.000Z',
          checkedInBy: '阿娜尔',
          checkedOutAt: '2026-11-22T02:40:00.000Z',
          volunteerMinutes: 95,
          needsReview: false,
        }),
      ],
    });
    const { unmount } = renderScanner(false);
    expect(screen.queryByText('签退')).toBeNull();
    unmount();

    renderScanner(true);
    fireEvent.click(screen.getByText('签退'));
    typeTicket(ticketFor(REG_IN), '核验签退');
    expect(await screen.findByText('签退成功')).toBeTruthy();
    expect(screen.getByText('服务时长 1.6 小时')).toBeTruthy();
    expect(screen.getByText('09:05 签到 · 10:40 签退')).toBeTruthy();
    expect(sent.map((s) => s.url)).toEqual([expect.stringMatching(/\/checkouts$/)]);
  });

  it('queues an offline 签退 and uploads it after the check-ins, in its own batch', async () => {
    const sent = fakeApi({
      [`GET events/${EVENT_ID}/offline-kit`]: [ok(kit)],
      [`POST events/${EVENT_ID}/checkins/batch`]: [answer('checked_in')],
      [`POST events/${EVENT_ID}/checkouts/batch`]: [answer('checked_out')],
    });
    // The kit alone says it is a volunteer event (the page could not load it offline).
    renderScanner(false);
    fireEvent.click(screen.getByText('下载离线名单'));
    expect(await screen.findByText(/离线名单：2 人/)).toBeTruthy();

    setNetwork(false);
    fireEvent.click(screen.getByText('签退'));
    typeTicket(ticketFor(REG_IN), '核验签退');
    expect(await screen.findByText('离线签退已记录')).toBeTruthy();
    typeTicket(ticketFor(REG_OUT), '核验签退');
    expect(await screen.findByText('重复签退')).toBeTruthy();
    // A late arrival is checked in after that 签退 was queued.
    fireEvent.click(screen.getByText('签到'));
    typeTicket(ticketFor(REG_NEW), '核验签到');
    expect(await screen.findByText('离线核验通过')).toBeTruthy();
    expect(loadQueue(EVENT_ID).map((q) => q.mode ?? 'in')).toEqual(['out', 'in']);

    setNetwork(true);
    await waitFor(() => expect(screen.getByText('待上传 0')).toBeTruthy());
    const posts = sent.filter((s) => s.method === 'POST').map((s) => s.url.replace(/^.*\/events\/[^/]+\//, ''));
    expect(posts).toEqual(['checkins/batch', 'checkouts/batch']);
  });

  it('judges a 签退 with no network by what the device and the kit know', () => {
    const known = {};
    expect(verifyCheckoutOffline(ticketFor(REG_IN), kit, known, 'nonce-1')).toMatchObject({
      outcome: 'checked_out',
      needsReview: false,
      attendee: { name: '其其格' },
    });
    expect(verifyCheckoutOffline(ticketFor(REG_OUT), kit, known, 'nonce-2').outcome).toBe('already_checked_out');
    // Checked in on another phone that has not uploaded yet: queued, flagged for the server to settle.
    const bare = { ...kit, roster: kit.roster.map((row) => ({ ...row, checkedInAt: null, checkedOutAt: null })) };
    expect(verifyCheckoutOffline(ticketFor(REG_IN), bare, known, 'nonce-3')).toMatchObject({
      outcome: 'checked_out',
      needsReview: true,
    });
    const later = { [REG_IN]: { at: new Date(Date.now() + 600_000).toISOString(), by: null } };
    expect(verifyCheckoutOffline(ticketFor(REG_IN), bare, later, 'nonce-4').outcome).toBe('checkout_before_checkin');
    const forged = ticketFor(REG_IN).replace(/.{4}$/, 'AAAA');
    expect(verifyCheckoutOffline(forged, kit, known, 'nonce-5').outcome).toBe('invalid');
  });

  it('says why a 签退 is refused', () => {
    const refused = (outcome: ScanResult['outcome']) =>
      render(
        <ScanResultCard
          display={{
            kind: 'result',
            offline: false,
            result: {
              nonce: 'n',
              outcome,
              registrationId: REG_IN,
              attendee: null,
              checkedInAt: null,
              checkedInBy: null,
              needsReview: false,
            },
          }}
        />,
      );
    refused('not_checked_in');
    expect(screen.getByText('不能签退')).toBeTruthy();
    expect(screen.getByText(/还没有签到/)).toBeTruthy();
  });
});
