import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PlaceDetail, PlaceSummary } from '@tongxin/types';

import { PagePath } from '@/routes';

import { careGrant, careRecord, CATEGORIES } from '../../../../../test/care-fixtures';
import { fakeApi, ok } from '../../../../../test/fake-api';
import { redirectTo, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import CareEditPage from './index';

const place = (id: string, name: string, level: PlaceSummary['level'], parentId: string): PlaceSummary => ({
  id,
  name,
  level,
  parentId,
});
const GRID: PlaceDetail = {
  ...place('grid-1', '阿吉拉沁第一网格', 'grid', 'community-ajilaqin'),
  ancestors: [],
  boundary: null,
  location: null,
  unitCount: null,
  retired: false,
};

function renderPage(id?: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  taroTest.setRouterParams(id ? { id } : {});
  return render(
    <QueryClientProvider client={client}>
      <CareEditPage />
    </QueryClientProvider>,
  );
}

const type = (placeholder: string, value: string) =>
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const writes = (sent: { method: string; url: string; data?: unknown }[]) =>
  sent
    .filter((s) => s.method !== 'GET')
    .map((s) => ({ method: s.method, url: s.url.replace('http://api.test/api/', ''), data: s.data }));

describe('登记帮扶对象', () => {
  beforeEach(() => taroTest.reset());

  it('registers a household on the grid worker’s grid, and will not without consent, saying why', async () => {
    signIn({ nickname: '王建国', roles: [careGrant('grid_worker')] });
    const sent = fakeApi({
      'GET places/grid-1': [ok(GRID)],
      'GET places': [ok(pageOf([place('building-3', '3号楼', 'building', 'grid-1')]))],
      'GET care/categories': [ok(CATEGORIES)],
      'POST care/records': [ok(careRecord({ id: 'record-new' }), 201)],
    });
    renderPage();
    expect(screen.getByText(/敏感个人信息，需经本人或监护人同意后才能登记/)).toBeTruthy();
    fireEvent.click(screen.getByText('阿吉拉沁第一网格'));
    fireEvent.click(await screen.findByText('3号楼'));
    fireEvent.click(await screen.findByText('独居/空巢老人 · 7天'));
    expect(screen.queryByText('添加分类')).toBeNull();
    type('如：2单元301', '2单元101');
    type('帮扶对象姓名', '马桂芳');
    type('本人或家属手机号', '139 1234 5670');
    type('需要哪些帮助，如：定期代购药品、陪同就医', '独居，腿脚不便，需要定期代购药品');

    fireEvent.click(screen.getByText('登记'));
    expect(await screen.findByText('请选择由本人还是监护人同意登记')).toBeTruthy();
    expect(screen.getByText('请按提示补全后再保存')).toBeTruthy();
    expect(writes(sent)).toEqual([]);

    fireEvent.click(screen.getByText('本人同意'));
    fireEvent.click(screen.getByText('登记'));
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: PagePath.CareDetail('record-new') }));
    expect(writes(sent)).toEqual([
      {
        method: 'POST',
        url: 'care/records',
        // The request's other fields are the form model's (record-form-model.spec); here, what the taps chose.
        data: expect.objectContaining({ gridId: 'grid-1', buildingId: 'building-3', categoryIds: ['cat-elder'] }),
      },
    ]);
    const body = sent.find((s) => s.method === 'POST')?.data as { consentBy: string; consentOn: string };
    expect(body.consentBy).toBe('self');
    expect(body.consentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('links the elder’s own account, found by name, and enrols 平安打卡 only with it', async () => {
    signIn({ nickname: '王建国', roles: [careGrant('grid_worker')] });
    const guifang = { id: 'member-guifang', nickname: '马桂芳', phone: '138****0102', homeId: 'b3', homeName: '3号楼' };
    const sent = fakeApi({
      'GET places/grid-1': [ok(GRID)],
      'GET places': [ok(pageOf([]))],
      'GET care/categories': [ok(CATEGORIES)],
      'GET members': [ok(pageOf([guifang]))],
      'POST care/records': [ok(careRecord({ id: 'record-new' }), 201)],
    });
    renderPage();
    fireEvent.click(screen.getByText('阿吉拉沁第一网格'));
    fireEvent.click(await screen.findByText('独居/空巢老人 · 7天'));
    type('如：2单元301', '2单元101');
    type('帮扶对象姓名', '马桂芳');
    type('需要哪些帮助，如：定期代购药品、陪同就医', '独居，需要定期代购药品');
    fireEvent.click(screen.getByText('本人同意'));
    fireEvent.click(screen.getAllByRole('switch')[0]);
    fireEvent.click(screen.getByText('登记'));
    expect(await screen.findByText('平安打卡需要先关联本人的成员账号')).toBeTruthy();

    type('本人已注册同心时关联', '马桂芳');
    fireEvent.click(await screen.findByText('3号楼 · 138****0102'));
    expect(screen.getByText('✓ 马桂芳')).toBeTruthy();
    fireEvent.click(screen.getByText('登记'));
    await waitFor(() => expect(redirectTo).toHaveBeenCalled());
    expect(sent.find((s) => s.method === 'POST')?.data).toMatchObject({
      memberId: 'member-guifang',
      safetyCheck: true,
    });
  });

  it('lets a 帮扶专干 pick among the community’s grids and add a category with its visit interval', async () => {
    signIn({ nickname: '图雅', roles: [careGrant('care_worker', 'community')] });
    const sent = fakeApi({
      'GET places': [ok(pageOf([place('grid-1', '阿吉拉沁第一网格', 'grid', 'community-ajilaqin')])), ok(pageOf([]))],
      'GET care/categories': [
        ok(CATEGORIES),
        ok([...CATEGORIES, { id: 'cat-new', key: '', name: '重点关注', visitDays: 10 }]),
      ],
      'POST care/categories': [ok({ id: 'cat-new', key: '', name: '重点关注', visitDays: 10 }, 201)],
    });
    renderPage();
    fireEvent.click(await screen.findByText('阿吉拉沁第一网格'));
    await screen.findByText('低保 · 30天');
    type('新分类，如：重点关注', '重点关注');
    fireEvent.change(screen.getByDisplayValue('30'), { target: { value: '400' } });
    fireEvent.click(screen.getByText('添加分类'));
    expect(await screen.findByText('走访周期填 1–365 天')).toBeTruthy();
    fireEvent.change(screen.getByDisplayValue('400'), { target: { value: '10' } });
    fireEvent.click(screen.getByText('添加分类'));
    expect(await screen.findByText('✓ 重点关注 · 10天')).toBeTruthy();
    expect(writes(sent)).toEqual([
      {
        method: 'POST',
        url: 'care/categories',
        data: { communityId: 'community-ajilaqin', name: '重点关注', visitDays: 10 },
      },
    ]);
  });

  it('edits a record: only the fields changed are sent, the consent stays as registered', async () => {
    signIn({ nickname: '王建国', roles: [careGrant('grid_worker')] });
    const sent = fakeApi({
      'GET care/records/record-1': [ok(careRecord())],
      'GET places': [ok(pageOf([place('building-1', '1号楼', 'building', 'grid-1')]))],
      'GET care/categories': [ok(CATEGORIES)],
      'PATCH care/records/record-1': [ok(careRecord({ needs: '需要每周代购药品' }))],
    });
    renderPage('record-1');
    expect(await screen.findByDisplayValue('低保户，肢体残疾，冬季取暖和家电维修需要帮助')).toBeTruthy();
    expect(screen.getByText('本人同意 · 2026-11-01')).toBeTruthy();
    fireEvent.change(screen.getByDisplayValue('低保户，肢体残疾，冬季取暖和家电维修需要帮助'), {
      target: { value: '需要每周代购药品' },
    });
    fireEvent.click(screen.getByText('保存'));
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: PagePath.CareDetail('record-1') }));
    expect(writes(sent)).toEqual([
      { method: 'PATCH', url: 'care/records/record-1', data: { needs: '需要每周代购药品' } },
    ]);
  });
});
