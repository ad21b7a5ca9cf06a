import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { CommunityReconciliation } from '@tongxin/types';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk, BINHE_ADMIN, staffMe } from '../../../../../test/staff-desk-fixtures';
import StaffReconcilePage from './index';

const report: CommunityReconciliation = {
  ...pageOf([{ memberId: 'm1', nickname: '李秀兰', homeName: '丽日家园2号楼', balance: 37, ledgerSum: 30 }]),
  communityId: 'community-xingwang',
  communityName: '兴旺社区',
  members: 12,
  checkedAt: '2026-12-05T02:00:00.000Z',
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffReconcilePage />
    </QueryClientProvider>,
  );
}

describe('积分对账', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('runs only when asked, for the community the street admin picks, and shows the drifted members', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET places': [
        ok(pageOf([{ id: 'community-xingwang', name: '兴旺社区', level: 'community', parentId: 'street-binhe' }])),
      ],
      'GET points/reconciliation': [ok(report)],
    });
    renderPage();
    fireEvent.click(await screen.findByText('兴旺社区'));
    fireEvent.click(await screen.findByText('开始对账'));
    expect(await screen.findByText('+7')).toBeTruthy();
    expect(screen.getByText(/兴旺社区：核对 12 名成员，1 人不一致/)).toBeTruthy();
    expect(sent.filter((s) => s.url.includes('reconciliation')).map((s) => s.url)).toEqual([
      'http://api.test/api/points/reconciliation?communityId=community-xingwang&page=1&pageSize=20',
    ]);
  });
});
