import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { detail, photo, report } from '../../../../../test/report-fixtures';
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
