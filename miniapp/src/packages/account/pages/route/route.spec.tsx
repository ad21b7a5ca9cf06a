import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type MeSummary, PlaceLevel, type RiderRoute, Role } from '@tongxin/types';
import type { ReactElement } from 'react';

import { ProfileCard } from '@/pages/me/profile-card';
import { PagePath } from '@/routes';

import { fail, fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { navigateTo, showToast, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import RiderRoutePage from './index';

const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, total: items.length, hasMore: false });
const grids = page([
  { id: 'g1', name: '丽日家园红色网格', communityName: '兴旺社区' },
  { id: 'g2', name: '丽日家园橙色网格', communityName: '兴旺社区' },
]);
const saved: RiderRoute = {
  places: [{ id: 'g2', name: '丽日家园橙色网格', level: 'grid', gridId: 'g2', gridName: '丽日家园橙色网格' }],
  windows: [{ start: '14:00', end: '16:00', weekdays: [] }],
  nextFreeAt: '2026-12-05T06:00:00.000Z',
};

function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

const puts = (sent: SentRequest[]) => sent.filter((s) => s.method === 'PUT').map((s) => s.data);

describe('我的顺路 page', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('shows the saved route, and saves grids, a building and a window added on workdays', async () => {
    const sent = fakeApi({
      'GET me/route': [ok(saved)],
      'GET me/route/grids': [ok(grids)],
      'GET places': [ok(page([{ id: 'b3', name: '丽日家园3号楼', level: PlaceLevel.Building, parentId: 'g1' }]))],
      'PUT me/route': [ok(saved)],
    });
    renderWithClient(<RiderRoutePage />);

    expect(await screen.findByText('已选：丽日家园橙色网格')).toBeTruthy();
    expect(screen.getByText('14:00–16:00 · 每天')).toBeTruthy();
    expect(screen.getByText(/下一个空闲时段：2026年12月5日 14:00 起/)).toBeTruthy();

    // Only 3号楼 of the red grid, besides the whole orange grid.
    const pick = (selector: string, text: string) =>
      fireEvent.click(
        Array.from(document.querySelectorAll(`${selector} .choice-chip`)).find((c) => c.textContent?.includes(text))!,
      );
    pick('.route-places__building-grids', '丽日家园红色网格');
    await screen.findByText('丽日家园3号楼');
    pick('.route-places__buildings', '丽日家园3号楼');
    expect(screen.getByText('已选：丽日家园橙色网格、丽日家园3号楼')).toBeTruthy();

    pick('.free-times__presets', '19:30–21:00');
    pick('.free-times__days', '工作日');
    fireEvent.click(screen.getByText('添加'));
    expect(screen.getByText('19:30–21:00 · 工作日')).toBeTruthy();
    fireEvent.click(screen.getAllByText('删除')[0]);

    fireEvent.click(screen.getByText('保存'));
    await waitFor(() =>
      expect(puts(sent)).toEqual([
        { placeIds: ['g2', 'b3'], windows: [{ start: '19:30', end: '21:00', weekdays: [1, 2, 3, 4, 5] }] },
      ]),
    );
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' }));
  });

  it('says what the API refused', async () => {
    fakeApi({
      'GET me/route': [ok({ places: [], windows: [], nextFreeAt: null })],
      'GET me/route/grids': [ok(grids)],
      'PUT me/route': [fail(403, 'FORBIDDEN', '没有权限执行此操作')],
    });
    renderWithClient(<RiderRoutePage />);
    expect(await screen.findByText('还没有选顺路的地方')).toBeTruthy();
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('没有权限执行此操作')).toBeTruthy();
  });

  it('says when the route cannot be loaded, with a retry', async () => {
    fakeApi({ 'GET me/route': [fail(500, 'INTERNAL'), ok(saved)], 'GET me/route/grids': [ok(grids)] });
    renderWithClient(<RiderRoutePage />);
    fireEvent.click(await screen.findByText('重试'));
    expect(await screen.findByText('已选：丽日家园橙色网格')).toBeTruthy();
  });
});

describe('我的 → 我的顺路', () => {
  beforeEach(() => taroTest.reset());

  it('is there for grid members, near 接单提醒', async () => {
    const rider: MeSummary = {
      id: 'r1',
      nickname: '马师傅',
      avatarUrl: null,
      phone: null,
      roles: [
        {
          id: 'grant-1',
          role: Role.PartTimeGridMember,
          placeId: 'g1',
          placeName: '丽日家园红色网格',
          placeLevel: PlaceLevel.Grid,
          grantedAt: '2026-11-01T00:00:00.000Z',
        },
      ],
    };
    fakeApi({ 'GET me': [ok(rider)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderWithClient(<ProfileCard user={rider} />);
    fireEvent.click(await screen.findByText('我的顺路'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MyRoute });
  });
});
