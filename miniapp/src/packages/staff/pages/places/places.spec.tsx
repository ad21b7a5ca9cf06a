import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type PlaceSummary } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { showModal, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk, staffMe, XINGWANG_STAFF } from '../../../../../test/staff-desk-fixtures';
import StaffPlacesPage from './index';

const place = (id: string, name: string, level: PlaceSummary['level'], parentId: string): PlaceSummary => ({
  id,
  name,
  level,
  parentId,
});
const red = place('grid-1', '丽日家园红色网格', 'grid', 'community-xingwang');
const orange = place('grid-2', '丽日家园橙色网格', 'grid', 'community-xingwang');
const building = place('b1', '丽日家园1号楼', 'building', 'grid-1');

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffPlacesPage />
    </QueryClientProvider>,
  );
}

describe('地点管理', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('adds a grid under the community, then walks into a grid and moves a building to another grid', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET places': [
        ok(pageOf([red])),
        ok(pageOf([red, place('grid-4', '兴旺第四网格', 'grid', 'community-xingwang')])),
        ok(pageOf([building])),
        ok(pageOf([red, orange])),
      ],
      'POST places': [ok({ ...place('grid-4', '兴旺第四网格', 'grid', 'community-xingwang'), ancestors: [] }, 201)],
      'POST places/b1/move': [ok({ ...building, parentId: 'grid-2' })],
    });
    renderPage();
    fireEvent.click(await screen.findByText('新增网格'));
    let dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByPlaceholderText('例如：第五网格'), { target: { value: ' 兴旺第四网格 ' } });
    fireEvent.click(within(dialog).getByText('保存'));
    expect(await screen.findByText('兴旺第四网格')).toBeTruthy();
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({
      parentId: 'community-xingwang',
      name: '兴旺第四网格',
    });

    fireEvent.click(screen.getByText('丽日家园红色网格'));
    expect(await screen.findByText('丽日家园1号楼')).toBeTruthy();
    expect(screen.getByText('新增楼栋')).toBeTruthy();
    fireEvent.click(screen.getByText('移动'));
    dialog = screen.getByRole('dialog');
    fireEvent.click(await within(dialog).findByText('丽日家园橙色网格'));
    fireEvent.click(within(dialog).getByText('移动'));
    await waitFor(() => expect(sent.some((s) => s.url.endsWith('places/b1/move'))).toBe(true));
    expect(sent.find((s) => s.url.endsWith('places/b1/move'))?.data).toEqual({ parentId: 'grid-2' });
  });

  it('asks before retiring and says why the API refused', async () => {
    fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET places': [ok(pageOf([red]))],
      'POST places/grid-1/retire': [fail(409, ErrorCode.Conflict, '该地点下还有未撤销的下级地点或单位')],
    });
    renderPage();
    await screen.findByText('丽日家园红色网格');
    fireEvent.click(screen.getByText('撤销'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(2));
    expect(showModal.mock.calls[0][0].content).toContain('撤销「丽日家园红色网格」');
    expect(showModal.mock.calls[1][0]).toMatchObject({
      title: '不能撤销',
      content: '该地点下还有未撤销的下级地点或单位',
    });
  });
});
