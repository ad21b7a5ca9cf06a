import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import type { MeSummary, RoleGrantSummary } from '@tongxin/types';

import { careGrant } from '../../../test/care-fixtures';
import { fakeApi, ok } from '../../../test/fake-api';
import { taroTest } from '../../../test/mocks/taro';
import { TaskEntries } from './task-entries';

function renderEntries(nickname: string, roles: RoleGrantSummary[]) {
  const sent = fakeApi({ 'GET care/records': [ok({ items: [], page: 1, pageSize: 1, total: 1, hasMore: false })] });
  const user: MeSummary = { id: 'user-1', nickname, avatarUrl: null, phone: null, roles };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TaskEntries user={user} />
    </QueryClientProvider>,
  );
  return sent;
}

describe('随手拍 tab: 帮扶台账', () => {
  beforeEach(() => taroTest.reset());

  it('sits among a grid worker’s entries with the households due a visit', async () => {
    renderEntries('王建国', [careGrant('grid_worker')]);
    expect(await screen.findByText('1户待走访')).toBeTruthy();
    expect(screen.getByText('工单调度')).toBeTruthy();
  });

  it('is not there for community staff, who dispatch but do not keep the register', async () => {
    const sent = renderEntries('乌云', [careGrant('community_staff', 'community')]);
    await act(() => Promise.resolve());
    expect(screen.getByText('工单调度')).toBeTruthy();
    expect(screen.queryByText('帮扶台账')).toBeNull();
    expect(sent).toEqual([]);
  });
});
