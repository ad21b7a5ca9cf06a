import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { PagePath } from '@/routes';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { caseSummary } from '../../../../../test/mediation-fixtures';
import { navigateTo, stopPullDownRefresh, taroTest } from '../../../../../test/mocks/taro';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import MediationCasesPage from './index';

function renderPage(view: 'staff' | 'mediating') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  taroTest.setRouterParams({ view });
  return render(
    <QueryClientProvider client={client}>
      <MediationCasesPage />
    </QueryClientProvider>,
  );
}

const page = (n: number, count: number, hasMore: boolean) => ({
  items: Array.from({ length: count }, (_, i) => caseSummary(`c${n}-${i}`, { requesterName: `申请人${n}-${i}` })),
  page: n,
  pageSize: 20,
  total: 25,
  hasMore,
});

const lists = (sent: { url: string }[]) =>
  sent.filter((s) => s.url.includes('mediation/cases')).map((s) => s.url.replace('http://api.test/api/', ''));

describe('石榴调解工作室 (view staff) on a phone', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
  });

  it('lists the studio’s cases in pages of 20 to the end, filtered by status, and opens one', async () => {
    const sent = fakeApi({
      'GET mediation/cases': [ok(page(1, 20, true)), ok(page(2, 5, false)), ok(page(1, 1, false))],
    });
    renderPage('staff');
    expect(screen.getByText('石榴调解工作室')).toBeTruthy();
    expect(await screen.findByText('申请人1-0 与 楼上住户老张')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('申请人2-4 与 楼上住户老张')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();

    fireEvent.click(screen.getByText('调解中'));
    await waitFor(() => expect(lists(sent)).toHaveLength(3));
    expect(lists(sent)).toEqual([
      'mediation/cases?view=staff&page=1&pageSize=20',
      'mediation/cases?view=staff&page=2&pageSize=20',
      'mediation/cases?view=staff&status=in_mediation&page=1&pageSize=20',
    ]);
    fireEvent.click(await screen.findByText('申请人1-0 与 楼上住户老张'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationDetail('c1-0') });
  });

  it('opens 登记来访, and retries after an error; pull to refresh reads again', async () => {
    const sent = fakeApi({ 'GET mediation/cases': [fail(500, 'INTERNAL_ERROR', '服务出错'), ok(page(1, 0, false))] });
    renderPage('staff');
    fireEvent.click(await screen.findByText('重试'));
    expect(await screen.findByText('没有符合条件的案件')).toBeTruthy();
    act(() => taroTest.pullDownRefresh());
    await waitFor(() => expect(stopPullDownRefresh).toHaveBeenCalled());
    expect(lists(sent)).toHaveLength(3);
    fireEvent.click(screen.getByText('登记来访'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationWalkIn });
  });

  it('marks an overdue case and shows what is due', async () => {
    fakeApi({
      'GET mediation/cases': [
        ok({
          ...page(1, 0, false),
          items: [caseSummary('c1', { escalated: true, dueAt: '2026-11-25T10:00:00.000Z' })],
        }),
      ],
    });
    renderPage('staff');
    expect(await screen.findByText('已超期')).toBeTruthy();
    expect(screen.getByText(/应于 2026年11月25日 18:00 前办理/)).toBeTruthy();
  });
});

describe('调解案件 lists', () => {
  beforeEach(() => taroTest.reset());

  it('a mediator sees the cases assigned to them, with no 登记来访', async () => {
    atDesk(false);
    const sent = fakeApi({ 'GET mediation/cases': [ok(page(1, 0, false))] });
    renderPage('mediating');
    expect(screen.getByText('我的调解案件')).toBeTruthy();
    expect(await screen.findByText('还没有指派给你的案件')).toBeTruthy();
    expect(screen.queryByText('登记来访')).toBeNull();
    expect(lists(sent)).toEqual(['mediation/cases?view=mediating&page=1&pageSize=20']);
  });

  it('at a desk the studio’s cases are a table with 加载更多', async () => {
    atDesk(true);
    const sent = fakeApi({ 'GET mediation/cases': [ok(page(1, 20, true)), ok(page(2, 5, false))] });
    const { container } = renderPage('staff');
    expect(await screen.findByText('申请人1-0 与 楼上住户老张')).toBeTruthy();
    expect(container.querySelector('.staff-table--desk')).not.toBeNull();
    expect(screen.getByText('纠纷类型')).toBeTruthy();
    fireEvent.click(screen.getByText('加载更多'));
    expect(await screen.findByText('共 25 件')).toBeTruthy();
    expect(lists(sent)).toHaveLength(2);
    fireEvent.click(screen.getAllByText('查看')[0]);
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationDetail('c1-0') });
  });
});
