import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RoleGrantSummary } from '@tongxin/types';

import { PagePath } from '@/routes';

import { careGrant } from '../../../test/care-fixtures';
import { fakeApi, ok } from '../../../test/fake-api';
import { navigateTo, taroTest } from '../../../test/mocks/taro';
import { CareEntry } from './index';

const duePage = (total: number) => ({ items: [], page: 1, pageSize: 1, total, hasMore: total > 1 });

function renderEntry(roles: RoleGrantSummary[], total = 0) {
  const sent = fakeApi({ 'GET care/records': [ok(duePage(total))] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <CareEntry roles={roles} />
    </QueryClientProvider>,
  );
  return { sent, ...view };
}

describe('帮扶台账 entry', () => {
  beforeEach(() => taroTest.reset());

  it('tells a grid worker how many households are due a visit, and opens the register', async () => {
    const { sent } = renderEntry([careGrant('resident'), careGrant('grid_worker')], 3);
    expect(await screen.findByText('3户待走访')).toBeTruthy();
    expect(sent[0].url).toContain('/care/records?status=active&due=true&page=1&pageSize=1');
    fireEvent.click(screen.getByText('帮扶台账'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.CareRecords });
  });

  it('shows a 帮扶专干 the entry, without a count when nothing is due', async () => {
    const { sent } = renderEntry([careGrant('care_worker', 'community')], 0);
    expect(await screen.findByText('帮扶台账')).toBeTruthy();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.queryByText(/户待走访/)).toBeNull();
  });

  it('gives community staff, organizers, riders and residents no entry, and asks the API nothing for them', async () => {
    const roles = (['community_staff', 'organizer', 'street_admin'] as const).map((r) => careGrant(r, 'community'));
    const { sent, container } = renderEntry([...roles, careGrant('part_time_grid_member'), careGrant('resident')]);
    await act(() => Promise.resolve());
    expect(container.innerHTML).toBe('');
    expect(sent).toEqual([]);
  });
});
