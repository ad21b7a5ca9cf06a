import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type ModerationCaseView, type Page } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { previewImage, showToast, taroTest } from '../../../../../test/mocks/taro';
import StaffModerationPage from './index';

function moderationCase(id: string, extra: Partial<ModerationCaseView> = {}): ModerationCaseView {
  return {
    id,
    kind: 'report',
    recordId: `record-${id}`,
    placeId: 'community-1',
    placeName: '兴旺社区',
    state: 'hidden',
    source: 'flags',
    excerpt: '丽日家园1号楼东侧路灯不亮',
    photoUrl: null,
    authorNickname: '李秀兰',
    flagCount: 3,
    reasons: [
      { reason: 'false', count: 2 },
      { reason: 'spam', count: 1 },
    ],
    createdAt: '2026-11-22T06:00:00.000Z',
    decidedAt: null,
    decisionReason: null,
    ...extra,
  };
}

function page(items: ModerationCaseView[], more: Partial<Page<ModerationCaseView>> = {}): Page<ModerationCaseView> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false, ...more };
}

const flagged = moderationCase('c1');
const photo = moderationCase('c2', {
  kind: 'photo',
  source: 'wechat_media',
  excerpt: '上报的照片',
  photoUrl: 'https://img.test/p1.jpg?sig=1',
  flagCount: 0,
  reasons: [],
  authorNickname: '滨新侠·张师傅',
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffModerationPage />
    </QueryClientProvider>,
  );
}

function card(excerpt: string): HTMLElement {
  return screen.getByText(excerpt).closest('.review-card') as HTMLElement;
}

async function decide(excerpt: string, button: '通过' | '移除', reason: string): Promise<HTMLElement> {
  fireEvent.click(within(card(excerpt)).getByText(button));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(dialog.querySelector('textarea') as HTMLTextAreaElement, { target: { value: reason } });
  fireEvent.click(within(dialog).getByText(button === '通过' ? '确认通过' : '确认移除'));
  return dialog;
}

describe('staff moderation queue (内容审核)', () => {
  beforeEach(() => taroTest.reset());

  it('lists open cases with kind, place, words, photo, flags, author and source, in pages of 20', async () => {
    const sent = fakeApi({ 'GET moderation/cases': [ok(page([flagged, photo]))] });
    renderPage();

    expect(await screen.findByText('丽日家园1号楼东侧路灯不亮')).toBeTruthy();
    const first = card('丽日家园1号楼东侧路灯不亮');
    expect(within(first).getByText('上报 · 兴旺社区')).toBeTruthy();
    expect(within(first).getByText('用户举报')).toBeTruthy();
    expect(within(first).getByText('3 次：虚假信息 2、广告骚扰 1')).toBeTruthy();
    expect(within(first).getByText('李秀兰')).toBeTruthy();

    const second = card('上报的照片');
    expect(within(second).getByText('照片 · 兴旺社区')).toBeTruthy();
    expect(within(second).getByText('图片检测')).toBeTruthy();
    expect(within(second).queryByText(/次：/)).toBeNull();
    fireEvent.click(second.querySelector('.moderation-case__photo') as HTMLElement);
    expect(previewImage).toHaveBeenCalledWith({
      urls: ['https://img.test/p1.jpg?sig=1'],
      current: 'https://img.test/p1.jpg?sig=1',
    });

    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/moderation/cases?status=open&page=1&pageSize=20');
  });

  it('passes with a reason of at least 2 characters; the case leaves the list', async () => {
    const sent = fakeApi({
      'GET moderation/cases': [ok(page([flagged])), ok(page([]))],
      'POST moderation/cases/c1/pass': [ok({ ...flagged, state: 'passed', decisionReason: '情况属实' })],
    });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    const dialog = await decide('丽日家园1号楼东侧路灯不亮', '通过', '好');
    expect(await within(dialog).findByText('请至少写 2 个字')).toBeTruthy();
    fireEvent.change(dialog.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '情况属实' } });
    fireEvent.click(within(dialog).getByText('确认通过'));

    expect(await screen.findByText('没有待处理的内容')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.filter((s) => s.method === 'POST').map((s) => [s.url, s.data])).toEqual([
      ['http://api.test/api/moderation/cases/c1/pass', { reason: '情况属实' }],
    ]);
    expect(showToast).toHaveBeenCalledWith({ title: '已通过', icon: 'success' });
  });

  it('removes with a reason', async () => {
    const sent = fakeApi({
      'GET moderation/cases': [ok(page([flagged])), ok(page([]))],
      'POST moderation/cases/c1/remove': [ok({ ...flagged, state: 'removed', decisionReason: '广告内容' })],
    });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    await decide('丽日家园1号楼东侧路灯不亮', '移除', '广告内容');

    expect(await screen.findByText('没有待处理的内容')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => [s.url, s.data])).toEqual([
      ['http://api.test/api/moderation/cases/c1/remove', { reason: '广告内容' }],
    ]);
  });

  it('a case someone else decided meanwhile leaves the list with a note', async () => {
    fakeApi({
      'GET moderation/cases': [ok(page([flagged])), ok(page([]))],
      'POST moderation/cases/c1/pass': [fail(409, ErrorCode.CaseDecided, '该内容已处理')],
    });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    await decide('丽日家园1号楼东侧路灯不亮', '通过', '情况属实');

    expect(await screen.findByText('没有待处理的内容')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(showToast).toHaveBeenCalledWith({ title: '已由其他工作人员处理', icon: 'none' });
  });

  it('keeps the dialog open with the message when deciding fails otherwise', async () => {
    fakeApi({
      'GET moderation/cases': [ok(page([flagged]))],
      'POST moderation/cases/c1/remove': [fail(403, ErrorCode.Forbidden, '没有权限处理该社区的内容')],
    });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    const dialog = await decide('丽日家园1号楼东侧路灯不亮', '移除', '广告内容');

    expect(await within(dialog).findByText('没有权限处理该社区的内容')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('已处理 shows decided cases with their outcome and reason instead of buttons', async () => {
    const decided = moderationCase('c3', {
      state: 'removed',
      decidedAt: '2026-11-23T06:00:00.000Z',
      decisionReason: '含有他人手机号',
    });
    const sent = fakeApi({ 'GET moderation/cases': [ok(page([decided]))] });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    fireEvent.click(screen.getByText('已处理'));

    expect(await screen.findByText('已移除，作者已收到通知')).toBeTruthy();
    expect(sent.map((s) => s.url)).toContain('http://api.test/api/moderation/cases?status=decided&page=1&pageSize=20');
    const shown = card('丽日家园1号楼东侧路灯不亮');
    expect(within(shown).getByText('已移除，作者已收到通知')).toBeTruthy();
    expect(within(shown).getByText('含有他人手机号')).toBeTruthy();
    expect(within(shown).queryByText('通过')).toBeNull();
  });

  it('shows an error with a retry, the empty state, and refreshes on pull', async () => {
    const sent = fakeApi({
      'GET moderation/cases': [fail(403, ErrorCode.Forbidden, '没有审核权限'), ok(page([])), ok(page([flagged]))],
    });
    renderPage();

    expect(await screen.findByText('没有审核权限')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('没有待处理的内容')).toBeTruthy();

    taroTest.pullDownRefresh();
    expect(await screen.findByText('丽日家园1号楼东侧路灯不亮')).toBeTruthy();
    expect(sent).toHaveLength(3);
  });

  it('loads the next page when the list reaches the bottom', async () => {
    const sent = fakeApi({
      'GET moderation/cases': [
        ok(page([flagged], { total: 21, hasMore: true })),
        ok(page([photo], { page: 2, total: 21, hasMore: false })),
      ],
    });
    renderPage();
    await screen.findByText('丽日家园1号楼东侧路灯不亮');

    taroTest.reachBottom();

    expect(await screen.findByText('上报的照片')).toBeTruthy();
    expect(sent[1].url).toBe('http://api.test/api/moderation/cases?status=open&page=2&pageSize=20');
  });
});
