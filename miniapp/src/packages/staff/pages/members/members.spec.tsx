import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MemberSummary } from '@tongxin/types';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { showModal, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import StaffMembersPage from './index';

const li: MemberSummary = {
  id: 'member-li',
  nickname: '李秀兰',
  phone: '138****0002',
  homeId: 'b2',
  homeName: '丽日家园2号楼',
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffMembersPage />
    </QueryClientProvider>,
  );
}

describe('成员名录', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('searches by nickname or phone and shows phones masked', async () => {
    const sent = fakeApi({ 'GET members': [ok(pageOf([li]))] });
    renderPage();
    expect(await screen.findByText('138****0002')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('昵称或完整手机号'), { target: { value: ' 秀兰 ' } });
    fireEvent.click(screen.getByText('搜索'));
    await waitFor(() =>
      expect(sent.at(-1)?.url).toBe(`http://api.test/api/members?q=${encodeURIComponent('秀兰')}&page=1&pageSize=20`),
    );
  });

  it('reveals one full number after the staff member confirms (the API audits it)', async () => {
    const sent = fakeApi({
      'GET members': [ok(pageOf([li]))],
      'POST members/member-li/phone-reveal': [ok({ id: 'member-li', phone: '13800000002' })],
    });
    renderPage();
    showModal.mockImplementationOnce(() => Promise.resolve({ confirm: false, cancel: true }));
    fireEvent.click(await screen.findByText('查看完整号码'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(sent.some((s) => s.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByText('查看完整号码'));
    expect(await screen.findByText('13800000002')).toBeTruthy();
    expect(showModal.mock.calls[1][0].content).toContain('此操作会记入操作日志');
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.url)).toEqual([
      'http://api.test/api/members/member-li/phone-reveal',
    ]);
    expect(screen.queryByText('查看完整号码')).toBeNull();
  });
});
