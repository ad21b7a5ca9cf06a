import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type PlaceSummary, type RoleGrantRow } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { showModal, showToast, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk, BINHE_ADMIN, staffMe } from '../../../../../test/staff-desk-fixtures';
import StaffPeoplePage from './index';

function grant(id: string, nickname: string, overrides: Partial<RoleGrantRow> = {}): RoleGrantRow {
  return {
    id,
    userId: `user-${id}`,
    nickname,
    phone: '138****0005',
    role: 'grid_worker',
    placeId: 'grid-1',
    placeName: '兴旺黄色网格',
    placeLevel: 'grid',
    grantedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  };
}

const place = (id: string, name: string, level: PlaceSummary['level'], parentId: string): PlaceSummary => ({
  id,
  name,
  level,
  parentId,
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffPeoplePage />
    </QueryClientProvider>,
  );
}

describe('人员与角色', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
  });

  it('lists who holds what under the admin’s street as cards on a phone, and as a sortable table at a desk', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET role-grants': [ok(pageOf([grant('g1', '王建国')]))],
      'GET places': [ok(pageOf([place('community-xingwang', '兴旺社区', 'community', 'street-binhe')]))],
    });
    const { unmount } = renderPage();
    expect(await screen.findByText('王建国 · 网格员')).toBeTruthy();
    expect(document.querySelector('.staff-table--cards')).toBeTruthy();
    expect(sent.find((s) => s.url.includes('role-grants'))?.url).toBe(
      'http://api.test/api/role-grants?placeId=street-binhe&includeBelow=true&sort=-grantedAt&page=1&pageSize=20',
    );
    unmount();

    atDesk(true);
    renderPage();
    const table = (await screen.findByText('王建国')).closest('.staff-table') as HTMLElement;
    expect(table.classList.contains('staff-table--desk')).toBe(true);
    fireEvent.click(within(table).getByText(/姓名/));
    await waitFor(() => expect(sent.at(-1)?.url).toContain('sort=nickname'));
    fireEvent.click(screen.getByText('社区工作人员'));
    await waitFor(() => expect(sent.at(-1)?.url).toContain('role=community_staff'));
    // Walking down to 兴旺社区 lists the roles there and under it.
    fireEvent.click(await screen.findByText('兴旺社区'));
    await waitFor(() => expect(sent.at(-1)?.url).toContain('placeId=community-xingwang&includeBelow=true'));
  });

  it('grants 网格员 on a grid to a phone number', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET role-grants': [ok(pageOf([])), ok(pageOf([grant('g2', '苏德')]))],
      'GET places': [
        ok(pageOf([place('community-xingwang', '兴旺社区', 'community', 'street-binhe')])),
        ok(pageOf([place('grid-3', '兴旺黄色网格', 'grid', 'community-xingwang')])),
      ],
      'POST role-grants': [ok(grant('g2', '苏德'), 201)],
    });
    renderPage();
    fireEvent.click(await screen.findByText('授予角色'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('授予'));
    expect(await within(dialog).findByText('请输入 11 位手机号')).toBeTruthy();

    fireEvent.change(within(dialog).getByPlaceholderText('11 位手机号'), { target: { value: '13900001234' } });
    fireEvent.change(within(dialog).getByPlaceholderText('选填'), { target: { value: '苏德' } });
    fireEvent.click(within(dialog).getByText('网格员'));
    fireEvent.click(await within(dialog).findByText('兴旺社区'));
    fireEvent.click(await within(dialog).findByText('兴旺黄色网格'));
    expect(within(dialog).getByText('地点：兴旺黄色网格')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('授予'));

    expect(await screen.findByText('苏德 · 网格员')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.data)).toEqual([
      { phone: '13900001234', nickname: '苏德', role: 'grid_worker', placeId: 'grid-3' },
    ]);
    expect(showToast).toHaveBeenCalledWith({ title: '已授予', icon: 'success' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the dialog open with the API’s reason', async () => {
    fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET role-grants': [ok(pageOf([]))],
      'GET places': [ok(pageOf([]))],
      'POST role-grants': [fail(409, ErrorCode.Conflict, '该用户已拥有此角色')],
    });
    renderPage();
    fireEvent.click(await screen.findByText('授予角色'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByPlaceholderText('11 位手机号'), { target: { value: '13900001234' } });
    fireEvent.click(within(dialog).getByText('活动组织者'));
    fireEvent.click(within(dialog).getByText('授予'));
    expect(await within(dialog).findByText('该用户已拥有此角色')).toBeTruthy();
  });

  it('revokes only after the admin confirms', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET role-grants': [ok(pageOf([grant('g1', '王建国')])), ok(pageOf([]))],
      'GET places': [ok(pageOf([]))],
      'DELETE role-grants/g1': [ok(undefined, 204)],
    });
    renderPage();
    await screen.findByText('王建国 · 网格员');
    showModal.mockImplementationOnce(() => Promise.resolve({ confirm: false, cancel: true }));
    fireEvent.click(screen.getByText('撤销'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(showModal.mock.calls[0][0].content).toBe('撤销 王建国 在 兴旺黄色网格 的「网格员」角色？');
    expect(sent.some((s) => s.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByText('撤销'));
    expect(await screen.findByText('这里还没有人被授予角色')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'DELETE').map((s) => s.url)).toEqual(['http://api.test/api/role-grants/g1']);
  });
});
