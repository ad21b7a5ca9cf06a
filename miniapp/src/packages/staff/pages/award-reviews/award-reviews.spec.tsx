import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type Page, type PendingAwardView } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import StaffAwardReviewsPage from './index';

function award(id: string, memberName: string, canDecide: boolean): PendingAwardView {
  return {
    id,
    communityId: 'community-1',
    memberId: `member-${id}`,
    memberName,
    amount: 300,
    reason: '连续三个月义务照看楼道独居老人',
    status: 'pending',
    proposedBy: 'staff-2',
    proposedByName: '高强',
    createdAt: '2026-11-22T06:00:00.000Z',
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    entryId: null,
    canDecide,
  };
}

function page(items: PendingAwardView[]): Page<PendingAwardView> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

const li = award('p1', '李秀兰', true);
const mine = award('p2', '王建国', false);

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffAwardReviewsPage />
    </QueryClientProvider>,
  );
}

function card(title: string): HTMLElement {
  return screen.getByText(title).closest('.review-card') as HTMLElement;
}

describe('staff large-award reviews (积分审核)', () => {
  beforeEach(() => taroTest.reset());

  it('lists pending awards in pages of 20, without buttons on one the caller may not decide', async () => {
    const sent = fakeApi({ 'GET points/pending-awards': [ok(page([li, mine]))] });

    renderPage();

    expect(await screen.findByText('李秀兰 · 300 积分')).toBeTruthy();
    expect(within(card('李秀兰 · 300 积分')).getByText('通过')).toBeTruthy();
    expect(within(card('王建国 · 300 积分')).queryByText('通过')).toBeNull();
    expect(within(card('王建国 · 300 积分')).getByText(/需由另一位工作人员审核/)).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/points/pending-awards?page=1&pageSize=20');
  });

  it('approving removes the award from the list', async () => {
    const sent = fakeApi({
      'GET points/pending-awards': [ok(page([li])), ok(page([]))],
      'POST points/pending-awards/p1/approve': [ok({ ...li, status: 'approved', canDecide: false })],
    });
    renderPage();

    await screen.findByText('李秀兰 · 300 积分');
    fireEvent.click(within(card('李秀兰 · 300 积分')).getByText('通过'));

    expect(await screen.findByText('没有待审核的奖励')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.url)).toEqual([
      'http://api.test/api/points/pending-awards/p1/approve',
    ]);
  });

  it('shows why an approval was refused and keeps the award', async () => {
    fakeApi({
      'GET points/pending-awards': [ok(page([li]))],
      'POST points/pending-awards/p1/approve': [fail(409, ErrorCode.SecondApproverRequired, '需由另一位工作人员审核')],
    });
    renderPage();

    await screen.findByText('李秀兰 · 300 积分');
    fireEvent.click(within(card('李秀兰 · 300 积分')).getByText('通过'));

    expect(await screen.findByText('需由另一位工作人员审核')).toBeTruthy();
    expect(screen.getByText('李秀兰 · 300 积分')).toBeTruthy();
  });

  it('rejects with a reason', async () => {
    const sent = fakeApi({
      'GET points/pending-awards': [ok(page([li])), ok(page([]))],
      'POST points/pending-awards/p1/reject': [ok({ ...li, status: 'rejected', decisionNote: '证明材料不足' })],
    });
    renderPage();
    await screen.findByText('李秀兰 · 300 积分');

    fireEvent.click(within(card('李秀兰 · 300 积分')).getByText('驳回'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(dialog.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '证明材料不足' } });
    fireEvent.click(within(dialog).getByText('确认驳回'));

    expect(await screen.findByText('没有待审核的奖励')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.data)).toEqual([{ reason: '证明材料不足' }]);
  });
});
