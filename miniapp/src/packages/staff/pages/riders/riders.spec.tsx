import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type Page, type RiderApplicationSummary } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import StaffRidersPage from './index';

function application(id: string, nickname: string): RiderApplicationSummary {
  return {
    id,
    userId: `user-${id}`,
    nickname,
    phone: '138****0003',
    platform: 'meituan',
    communityId: 'community-1',
    communityName: '兴旺社区',
    grids: [{ id: 'grid-1', name: '丽日家园红色网格' }],
    statement: '在丽日家园一带送餐三年',
    status: 'pending',
    reason: null,
    createdAt: '2026-11-22T06:00:00.000Z',
    reviewedAt: null,
  };
}

function page(items: RiderApplicationSummary[]): Page<RiderApplicationSummary> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

const zhang = application('a1', '滨新侠·张师傅');
const ma = application('a2', '滨新侠·马师傅');

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffRidersPage />
    </QueryClientProvider>,
  );
}

function card(name: string): HTMLElement {
  return screen.getByText(name).closest('.review-card') as HTMLElement;
}

describe('staff rider review list', () => {
  beforeEach(() => taroTest.reset());

  it('lists pending applications in pages of 20', async () => {
    const sent = fakeApi({ 'GET rider-applications': [ok(page([zhang, ma]))] });

    renderPage();

    expect(await screen.findByText('滨新侠·张师傅')).toBeTruthy();
    expect(within(card('滨新侠·张师傅')).getByText('丽日家园红色网格')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/rider-applications?status=pending&page=1&pageSize=20');
  });

  it('approving removes the application from the list', async () => {
    const sent = fakeApi({
      'GET rider-applications': [ok(page([zhang, ma])), ok(page([ma]))],
      'POST rider-applications/a1/approve': [ok({ ...zhang, status: 'approved' })],
    });
    renderPage();

    await screen.findByText('滨新侠·张师傅');
    fireEvent.click(within(card('滨新侠·张师傅')).getByText('通过'));

    await waitFor(() => expect(screen.queryByText('滨新侠·张师傅')).toBeNull());
    expect(screen.getByText('滨新侠·马师傅')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.url)).toEqual([
      'http://api.test/api/rider-applications/a1/approve',
    ]);
  });

  it('shows why an approval failed and keeps the application', async () => {
    fakeApi({
      'GET rider-applications': [ok(page([zhang]))],
      'POST rider-applications/a1/approve': [fail(403, ErrorCode.Forbidden, '无权审核该社区的申请')],
    });
    renderPage();

    await screen.findByText('滨新侠·张师傅');
    fireEvent.click(within(card('滨新侠·张师傅')).getByText('通过'));

    expect(await screen.findByText('无权审核该社区的申请')).toBeTruthy();
    expect(screen.getByText('滨新侠·张师傅')).toBeTruthy();
  });

  it('rejecting needs a reason, then sends it and refreshes the list', async () => {
    const sent = fakeApi({
      'GET rider-applications': [ok(page([zhang])), ok(page([]))],
      'POST rider-applications/a1/reject': [ok({ ...zhang, status: 'rejected', reason: '网格不在本社区' })],
    });
    renderPage();
    await screen.findByText('滨新侠·张师傅');

    fireEvent.click(within(card('滨新侠·张师傅')).getByText('驳回'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('确认驳回'));

    expect(await within(dialog).findByText('请填写驳回原因')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(0);

    fireEvent.change(dialog.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '网格不在本社区' } });
    fireEvent.click(within(dialog).getByText('确认驳回'));

    expect(await screen.findByText('没有待审核的骑手申请')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const posts = sent.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].data).toEqual({ reason: '网格不在本社区' });
  });
});
