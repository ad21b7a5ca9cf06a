import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type MeResponse, type ModerationWordView } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { showModal, showToast, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import StaffModerationWordsPage from './index';

function admin(roles: MeResponse['roles']): MeResponse {
  return {
    id: 'admin-1',
    nickname: '高强',
    avatarUrl: null,
    phone: null,
    roles,
    home: null,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

const binhe = {
  id: 'grant-1',
  role: 'street_admin',
  placeId: 'street-binhe',
  placeName: '滨河街道',
  placeLevel: 'street',
  grantedAt: '2026-11-01T00:00:00.000Z',
} as const;

function word(id: string, text: string, streetId = 'street-binhe'): ModerationWordView {
  return { id, streetId, word: text, createdAt: '2026-11-22T06:00:00.000Z' };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffModerationWordsPage />
    </QueryClientProvider>,
  );
}

describe('敏感词管理 (street admins)', () => {
  beforeEach(() => taroTest.reset());

  it('lists the street’s words and adds one', async () => {
    const sent = fakeApi({
      'GET me': [ok(admin([binhe]))],
      'GET moderation/words': [
        ok(pageOf([word('w1', '代开发票')])),
        ok(pageOf([word('w2', '刷单'), word('w1', '代开发票')])),
      ],
      'POST moderation/words': [ok(word('w2', '刷单'), 201)],
    });
    renderPage();

    expect(await screen.findByText('代开发票')).toBeTruthy();
    expect(screen.getByText('滨河街道')).toBeTruthy();
    expect(sent.find((s) => s.url.includes('moderation/words'))?.url).toBe(
      'http://api.test/api/moderation/words?streetId=street-binhe&page=1&pageSize=20',
    );

    fireEvent.click(screen.getByText('添加'));
    expect(await screen.findByText('请输入要过滤的词')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('例如：某个广告词'), { target: { value: ' 刷单 ' } });
    fireEvent.click(screen.getByText('添加'));

    expect(await screen.findByText('刷单')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.data)).toEqual([
      { streetId: 'street-binhe', word: '刷单' },
    ]);
    expect((screen.getByPlaceholderText('例如：某个广告词') as HTMLInputElement).value).toBe('');
  });

  it('shows why a word was refused', async () => {
    fakeApi({
      'GET me': [ok(admin([binhe]))],
      'GET moderation/words': [ok(pageOf([]))],
      'POST moderation/words': [fail(409, ErrorCode.Conflict, '该词已在列表中')],
    });
    renderPage();

    expect(await screen.findByText('本街道还没有自定义敏感词')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('例如：某个广告词'), { target: { value: '刷单' } });
    fireEvent.click(screen.getByText('添加'));
    expect(await screen.findByText('该词已在列表中')).toBeTruthy();
  });

  it('deletes a word after asking', async () => {
    const sent = fakeApi({
      'GET me': [ok(admin([binhe]))],
      'GET moderation/words': [ok(pageOf([word('w1', '代开发票')])), ok(pageOf([]))],
      'DELETE moderation/words/w1': [ok(undefined, 204)],
    });
    renderPage();
    await screen.findByText('代开发票');

    showModal.mockImplementationOnce(() => Promise.resolve({ confirm: false, cancel: true }));
    fireEvent.click(within(screen.getByText('代开发票').closest('.word-row') as HTMLElement).getByText('删除'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.some((s) => s.method === 'DELETE')).toBe(false);

    fireEvent.click(within(screen.getByText('代开发票').closest('.word-row') as HTMLElement).getByText('删除'));

    expect(await screen.findByText('本街道还没有自定义敏感词')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'DELETE').map((s) => s.url)).toEqual([
      'http://api.test/api/moderation/words/w1',
    ]);
    expect(showToast).toHaveBeenCalledWith({ title: '已删除', icon: 'success' });
  });

  it('lets an admin of two streets pick one, and tells everyone else it is for street admins', async () => {
    const sent = fakeApi({
      'GET me': [
        ok(admin([binhe, { ...binhe, id: 'grant-2', placeId: 'street-huanhe', placeName: '环河街道' }])),
        ok(admin([{ ...binhe, role: 'community_staff', placeLevel: 'community', placeName: '兴旺社区' }])),
      ],
      'GET moderation/words': [ok(pageOf([]))],
    });
    const { unmount } = renderPage();

    fireEvent.click(await screen.findByText('环河街道'));
    await waitFor(() =>
      expect(sent.map((s) => s.url)).toContain(
        'http://api.test/api/moderation/words?streetId=street-huanhe&page=1&pageSize=20',
      ),
    );
    unmount();

    renderPage();
    expect(await screen.findByText('只有街道管理员可以管理敏感词')).toBeTruthy();
  });
});
