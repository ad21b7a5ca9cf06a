import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PointsRuleView } from '@tongxin/types';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { atDesk, staffMe, XINGWANG_STAFF } from '../../../../../test/staff-desk-fixtures';
import StaffRulesPage from './index';

const quiz: PointsRuleView = {
  communityId: 'community-xingwang',
  source: 'quiz',
  points: 3,
  dailyCap: 6,
  monthlyCap: null,
  enabled: true,
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffRulesPage />
    </QueryClientProvider>,
  );
}

describe('积分规则', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('shows the community’s rules and changes one, an empty cap meaning no cap', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET points/rules/community-xingwang': [ok([quiz]), ok([{ ...quiz, points: 5, dailyCap: null }])],
      'PUT points/rules/community-xingwang/quiz': [ok({ ...quiz, points: 5, dailyCap: null })],
    });
    renderPage();
    expect(await screen.findByText('答题')).toBeTruthy();
    expect(screen.getByText('6 分')).toBeTruthy();
    expect(screen.getByText('不限')).toBeTruthy();

    fireEvent.click(screen.getByText('修改'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByDisplayValue('3'), { target: { value: '5000' } });
    fireEvent.click(within(dialog).getByText('保存'));
    expect(await within(dialog).findByText('每次积分应为 0 到 1000 的整数')).toBeTruthy();
    fireEvent.change(within(dialog).getByDisplayValue('5000'), { target: { value: '5' } });
    fireEvent.change(within(dialog).getByDisplayValue('6'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByText('保存'));
    expect(await screen.findByText('5 分')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'PUT').map((s) => s.data)).toEqual([
      { points: 5, dailyCap: null, monthlyCap: null, enabled: true },
    ]);
  });
});
