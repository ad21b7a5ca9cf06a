import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { HonourView } from '@tongxin/types';

import { liriBuilding, liriResident } from '../../../../../test/community-fixtures';
import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import HonoursPage from './index';

function honour(id: string, name: string, nominatedBy: string): HonourView {
  return {
    id,
    communityId: 'community-1',
    kind: 'person',
    name,
    citation: `${name}连续三年义务照看楼道独居老人`,
    status: 'published',
    publishedFrom: '2026-11-01T00:00:00.000Z',
    publishedUntil: '2026-12-01T00:00:00.000Z',
    nominatedBy,
    approvedBy: 'staff-2',
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <HonoursPage />
    </QueryClientProvider>,
  );
}

function card(name: string): HTMLElement {
  return screen.getByText(name).closest('.honour-card') as HTMLElement;
}

describe('石榴籽光荣榜: 举报', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn({ id: 'member-1' });
  });

  it('lets a member flag an honour, but not one they nominated', async () => {
    const sent = fakeApi({
      'GET me': [ok(liriResident)],
      'GET places/building-2': [ok(liriBuilding)],
      'GET honours': [ok(pageOf([honour('h1', '巴特尔', 'staff-1'), honour('h2', '刘师傅', 'member-1')]))],
      'POST flags': [ok({ hidden: false }, 201)],
    });
    renderPage();

    await screen.findByText('巴特尔');
    expect(within(card('刘师傅')).queryByText('举报')).toBeNull();
    fireEvent.click(within(card('巴特尔')).getByText('举报'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('举报这条光荣榜')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('其他'));
    fireEvent.change(within(dialog).getByPlaceholderText('补充说明（选填）'), { target: { value: '事迹不属实' } });
    fireEvent.click(within(dialog).getByText('提交举报'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({
      kind: 'honour',
      id: 'h1',
      reason: 'other',
      note: '事迹不属实',
    });
  });
});
