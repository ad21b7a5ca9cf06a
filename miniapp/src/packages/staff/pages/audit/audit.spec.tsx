import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AuditLogEntry } from '@tongxin/types';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import { rangeOf } from './audit-filters';
import StaffAuditPage from './index';

const entry: AuditLogEntry = {
  id: 'a1',
  actorId: 'admin-1',
  actorNickname: '高强',
  action: 'role.grant',
  targetType: 'role_grant',
  targetId: 'g1',
  placeId: 'grid-3',
  placeName: '兴旺黄色网格',
  details: { userId: 'u1', role: 'grid_worker', byPhone: true, accountCreated: true },
  createdAt: '2026-12-05T02:00:00.000Z',
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffAuditPage />
    </QueryClientProvider>,
  );
}

describe('操作日志', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('shows who did what where, and asks again by action and by day', async () => {
    const sent = fakeApi({ 'GET audit-logs': [ok(pageOf([entry]))] });
    renderPage();
    expect(await screen.findByText('授予「网格员」（按手机号）')).toBeTruthy();
    expect(screen.getByText('兴旺黄色网格')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/audit-logs?page=1&pageSize=20');

    fireEvent.click(screen.getAllByText('查看完整手机号')[0]);
    await waitFor(() => expect(sent.at(-1)?.url).toContain('action=pii.view'));
    fireEvent.click(screen.getByText('近 7 天'));
    await waitFor(() => expect(sent.at(-1)?.url).toMatch(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/));
  });

  it('counts days in China time', () => {
    // 2026-12-05 17:00 UTC is already 12-06 in China.
    const now = Date.parse('2026-12-05T17:00:00.000Z');
    expect(rangeOf('today', now)).toEqual({ from: '2026-12-06', to: '2026-12-06' });
    expect(rangeOf('week', now)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(rangeOf('all', now)).toEqual({});
  });
});
