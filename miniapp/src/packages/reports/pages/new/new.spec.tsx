import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type CreateReportRequest, ON_BEHALF_HEADER } from '@tongxin/types';

import { PagePath } from '@/routes';
import { getActingFor, startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { DAUGHTER, familyLink } from '../../../../../test/family-fixtures';
import { redirectTo, showToast, taroTest } from '../../../../../test/mocks/taro';
import { category, detail, pageOf, report } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import NewReportPage from './index';

const CHILDREN: Record<string, { id: string; name: string; level: string }[]> = {
  '': [{ id: 'street-hhj', name: '环河街街道', level: 'street' }],
  'street-hhj': [{ id: 'community-ajq', name: '阿吉拉沁社区', level: 'community' }],
  'community-ajq': [{ id: 'grid-1', name: '阿吉拉沁第一网格', level: 'grid' }],
  'grid-1': [{ id: 'building-3', name: '3号楼', level: 'building' }],
};

function places(sent: SentRequest) {
  const parentId = /parentId=([^&]+)/.exec(sent.url)?.[1] ?? '';
  return { statusCode: 200, data: pageOf(CHILDREN[parentId] ?? []) };
}

function renderPage() {
  taroTest.setRouterParams({ kind: 'need' });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <NewReportPage />
    </QueryClientProvider>,
  );
}

describe('帮办代办 while acting for a parent (亲情代办)', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
    startActingFor(familyLink());
  });
  afterEach(() => act(() => stopActingFor()));

  it('files the need in her mother’s community for her mother: the header on the filing only, no photos', async () => {
    const filed = detail(report('r9', {}, { kind: 'need', isMine: true }));
    const sent = fakeApi({
      'GET places': [places],
      'GET report-categories': [ok([category('cat-errand', '跑腿代办', 'need')])],
      'POST reports': [ok(filed, 201)],
    });
    renderPage();

    expect(screen.getByText('正在为 马桂芳 代办')).toBeTruthy();
    expect(screen.getByText('马桂芳住在哪个社区？')).toBeTruthy();
    fireEvent.click(await screen.findByText('阿吉拉沁社区'));
    fireEvent.click(await screen.findByText('跑腿代办'));
    fireEvent.change(screen.getByPlaceholderText(/水龙头漏水/), { target: { value: '每周帮妈妈取一次降压药' } });
    expect(screen.getByText('代办提交暂不能附照片，请在文字里说清楚')).toBeTruthy();
    expect(screen.queryByText('拍照/相册')).toBeNull();
    fireEvent.click(screen.getByText('选择楼栋'));
    fireEvent.click(await screen.findByText('阿吉拉沁第一网格'));
    fireEvent.click(await screen.findByText('3号楼'));
    fireEvent.click(screen.getByText('提交需求'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: PagePath.ReportDetail('r9') }));
    expect(showToast).toHaveBeenCalledWith({ title: '已为马桂芳提交', icon: 'success' });
    const post = sent.find((s) => s.method === 'POST');
    expect(post?.header[ON_BEHALF_HEADER]).toBe('parent-1');
    expect(post?.data).toEqual({
      categoryId: 'cat-errand',
      text: '每周帮妈妈取一次降压药',
      photoIds: [],
      location: { buildingId: 'building-3' },
    } satisfies CreateReportRequest);
    // Reads of places and categories are the member's own; her own home is not looked up at all.
    expect(sent.filter((s) => s.method === 'GET').every((s) => s.header[ON_BEHALF_HEADER] === undefined)).toBe(true);
    expect(sent.some((s) => s.url.endsWith('/api/me'))).toBe(false);
  });

  it('after 退出代办 the form is her own again', async () => {
    fakeApi({ 'GET me': [ok({ ...DAUGHTER, nickname: DAUGHTER.name, roles: [], home: null })] });
    renderPage();
    fireEvent.click(screen.getByText('退出代办'));
    expect(getActingFor()).toBeNull();
    expect(await screen.findByText('请先认证住址，上报会送到您所在的网格')).toBeTruthy();
  });
});
