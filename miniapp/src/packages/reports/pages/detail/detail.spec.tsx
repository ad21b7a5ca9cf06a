import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ON_BEHALF_HEADER } from '@tongxin/types';

import { getActingFor, startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { DAUGHTER, familyLink } from '../../../../../test/family-fixtures';
import { navigateBack, taroTest } from '../../../../../test/mocks/taro';
import { detail, pageOf, photo, report } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import ReportDetailPage from './index';

const done = detail(report('r1', { status: 'done', handlerId: 'gw-1', handlerNickname: '王建国' }, { isMine: true }));
const confirmed = detail(report('r1', { status: 'confirmed', rating: 4 }, { isMine: true }));

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  taroTest.setRouterParams({ id: 'r1' });
  return render(
    <QueryClientProvider client={client}>
      <ReportDetailPage />
    </QueryClientProvider>,
  );
}

describe('report detail: the reporter confirms', () => {
  beforeEach(() => taroTest.reset());

  it('sends the chosen rating and comment with 确认解决', async () => {
    const sent = fakeApi({
      'GET reports/r1': [ok(done), ok(confirmed)],
      'POST orders/order-r1/confirm': [ok(confirmed)],
    });
    renderPage();

    fireEvent.click(await screen.findByText('确认解决'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(dialog.querySelector('.star-rating__star--4') as HTMLElement);
    expect(within(dialog).getByText('满意')).toBeTruthy();
    fireEvent.change(within(dialog).getByPlaceholderText('说点什么（选填）'), { target: { value: '修得很快' } });
    fireEvent.click(within(dialog).getByText('确认解决'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = sent.find((r) => r.method === 'POST');
    expect(post?.url).toBe('http://api.test/api/orders/order-r1/confirm');
    expect(post?.data).toEqual({ rating: 4, comment: '修得很快' });
    expect(await screen.findByText('已确认')).toBeTruthy();
  });

  it('offers no confirmation to anyone but the reporter', async () => {
    fakeApi({ 'GET reports/r1': [ok({ ...done, isMine: false })] });
    renderPage();
    expect(await screen.findByText('待确认')).toBeTruthy();
    expect(screen.queryByText('确认解决')).toBeNull();
  });
});

describe('report detail: moderation', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('tells the reporter their report is held and offers them no 举报', async () => {
    fakeApi({
      'GET reports/r1': [ok(detail(report('r1', {}, { isMine: true, moderation: 'held', photos: [photo('p1')] })))],
    });
    renderPage();

    expect(await screen.findByText('审核中（仅自己可见）')).toBeTruthy();
    expect(screen.getByText('这条上报正在审核，通过后网格员和邻居才能看到。')).toBeTruthy();
    expect(screen.queryByText('举报')).toBeNull();
  });

  it('shows 被举报待复核 and 已被移除 to the reporter', async () => {
    fakeApi({
      'GET reports/r1': [
        ok(detail(report('r1', {}, { isMine: true, moderation: 'hidden' }))),
        ok(detail(report('r1', {}, { isMine: true, moderation: 'removed' }))),
      ],
    });
    renderPage();
    expect(await screen.findByText('被举报待复核（仅自己可见）')).toBeTruthy();

    taroTest.pullDownRefresh();
    expect(await screen.findByText('已被移除')).toBeTruthy();
  });

  it('lets a neighbour flag the report and each of its photos', async () => {
    const seen = detail(report('r1', {}, { photos: [photo('p1'), photo('p2')] }));
    const sent = fakeApi({ 'GET reports/r1': [ok(seen)], 'POST flags': [ok({ hidden: true }, 201)] });
    renderPage();

    await screen.findByText('1号楼东侧路灯不亮');
    expect(screen.queryByText('审核中（仅自己可见）')).toBeNull();
    expect(document.querySelectorAll('.report-detail__flag-photo')).toHaveLength(2);

    fireEvent.click(within(document.querySelectorAll<HTMLElement>('.report-detail__flag-photo')[1]).getByText('举报'));
    let dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('举报这张照片')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('泄露隐私'));
    fireEvent.click(within(dialog).getByText('提交举报'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(within(document.querySelector('.report-detail__flag') as HTMLElement).getByText('举报'));
    dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('举报这条上报')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('虚假信息'));
    fireEvent.click(within(dialog).getByText('提交举报'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(sent.filter((s) => s.method === 'POST').map((s) => s.data)).toEqual([
      { kind: 'photo', id: 'p2', reason: 'privacy' },
      { kind: 'report', id: 'r1', reason: 'false' },
    ]);
  });
});

describe('report detail while acting for a parent (亲情代办)', () => {
  const mumsDone = report('r1', { status: 'done', handlerNickname: '王建国' }, { kind: 'need', isMine: true });

  beforeEach(() => {
    taroTest.reset();
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
    startActingFor(familyLink());
  });
  afterEach(() => act(() => stopActingFor()));

  it('finds the report in her mother’s 我的上报 (further pages too) and confirms the fix for her', async () => {
    const others = Array.from({ length: 20 }, (_, i) => report(`other-${i}`, {}, { isMine: true }));
    const sent = fakeApi({
      'GET reports/mine': [
        ok({ ...pageOf(others), total: 21, hasMore: true }),
        ok({ ...pageOf([mumsDone]), page: 2, total: 21 }),
      ],
      'POST orders/order-r1/confirm': [ok(detail({ ...mumsDone, order: { ...mumsDone.order, status: 'confirmed' } }))],
    });
    renderPage();

    expect(screen.getByText('正在为 马桂芳 代办')).toBeTruthy();
    expect(await screen.findByText('马桂芳的上报')).toBeTruthy();
    fireEvent.click(screen.getByText('确认解决'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('确认解决'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const reads = sent.filter((s) => s.method === 'GET');
    expect(reads.map((s) => s.url.replace(/^.*\/api\//, ''))).toContain('reports/mine?page=2&pageSize=20');
    expect(reads.some((s) => s.url.includes('/reports/r1'))).toBe(false);
    expect(reads.every((s) => s.header[ON_BEHALF_HEADER] === 'parent-1')).toBe(true);
    const post = sent.find((s) => s.method === 'POST');
    expect(post?.url).toBe('http://api.test/api/orders/order-r1/confirm');
    expect(post?.header[ON_BEHALF_HEADER]).toBe('parent-1');
  });

  it('sends 没有解决 for her too', async () => {
    const sent = fakeApi({
      'GET reports/mine': [ok(pageOf([mumsDone]))],
      'POST orders/order-r1/not-fixed': [ok(detail(mumsDone))],
    });
    renderPage();
    fireEvent.click(await screen.findByText('没有解决'));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('退回重新处理'));
    await waitFor(() => expect(sent.some((s) => s.method === 'POST')).toBe(true));
    expect(sent.find((s) => s.method === 'POST')?.header[ON_BEHALF_HEADER]).toBe('parent-1');
  });

  it('says so when the report is not among the parent’s, and 退出代办 leaves the page', async () => {
    fakeApi({ 'GET reports/mine': [ok(pageOf([]))] });
    renderPage();
    expect(await screen.findByText('马桂芳的上报里没有这一条')).toBeTruthy();
    fireEvent.click(screen.getByText('退出代办'));
    expect(getActingFor()).toBeNull();
    expect(navigateBack).toHaveBeenCalled();
  });
});
