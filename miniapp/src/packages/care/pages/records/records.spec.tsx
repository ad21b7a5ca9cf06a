import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { PagePath } from '@/routes';

import { careGrant, careSummary } from '../../../../../test/care-fixtures';
import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import CareRecordsPage from './index';

const LIST = 'GET care/records';
const OVERDUE = careSummary('record-bao', {
  personName: '包*明',
  household: '1单元301',
  categories: ['留守儿童'],
  overdueDays: 16,
});
const LATER = careSummary('record-zhang');

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <CareRecordsPage />
    </QueryClientProvider>,
  );
}

const listQueries = (sent: { url: string; method: string }[]) =>
  sent.filter((s) => s.method === 'GET' && s.url.includes('/care/records')).map((s) => s.url.split('?')[1]);

describe('帮扶台账', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
    signIn({ nickname: '王建国', roles: [careGrant('grid_worker')] });
  });

  it('lists the grid worker’s households as the API orders them, overdue first with a red 逾期N天 chip', async () => {
    const sent = fakeApi({ [LIST]: [ok(pageOf([OVERDUE, LATER]))] });
    const { container } = renderPage();
    await screen.findByText('包*明 · 1单元301');
    const cards = container.querySelectorAll('.care-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText('逾期16天').className).toContain('care-due--overdue');
    expect(within(cards[1] as HTMLElement).getByText('张*胜 · 3单元202')).toBeTruthy();
    expect(listQueries(sent)).toEqual(['status=active&page=1&pageSize=20']);

    fireEvent.click(cards[0] as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.CareDetail('record-bao') });
  });

  it('filters 待走访 (due=true) and 已结案, each from its first page, with its own empty text', async () => {
    const sent = fakeApi({ [LIST]: [ok(pageOf([OVERDUE])), ok(pageOf([OVERDUE])), ok(pageOf([]))] });
    renderPage();
    await screen.findByText('逾期16天');
    fireEvent.click(screen.getByText('待走访'));
    await waitFor(() => expect(listQueries(sent)).toContain('status=active&due=true&page=1&pageSize=20'));
    fireEvent.click(screen.getByText('已结案'));
    expect(await screen.findByText('没有已结案的记录')).toBeTruthy();
    expect(listQueries(sent)).toContain('status=closed&page=1&pageSize=20');
  });

  it('opens 登记 from the + button', async () => {
    fakeApi({ [LIST]: [ok(pageOf([]))] });
    renderPage();
    expect(await screen.findByText('还没有登记帮扶对象，点“登记”添加')).toBeTruthy();
    fireEvent.click(screen.getByText('＋ 登记'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.CareEdit() });
  });

  it('shows a table at a desk', async () => {
    atDesk(true);
    fakeApi({ [LIST]: [ok(pageOf([OVERDUE, LATER]))] });
    const { container } = renderPage();
    await screen.findByText('包*明');
    expect(container.querySelector('.staff-page--desk .staff-table--desk')).toBeTruthy();
    expect(screen.getByText('阿吉拉沁第一网格 · 1单元301')).toBeTruthy();
    fireEvent.click(screen.getAllByText('查看')[1]);
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.CareDetail('record-zhang') });
  });

  it('says 无权限 to staff the API keeps the register from, with 重试', async () => {
    signIn({ nickname: '乌云', roles: [careGrant('community_staff', 'community')] });
    fakeApi({ [LIST]: [fail(403, 'FORBIDDEN', 'Forbidden')] });
    renderPage();
    expect(await screen.findByText('无权限：帮扶台账仅本网格网格员和帮扶专干可见')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
