import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MeResponse, MeSummary } from '@tongxin/types';

import { PagePath } from '@/routes';

import { liriBuilding, liriResident } from '../../../test/community-fixtures';
import { fakeApi, ok } from '../../../test/fake-api';
import { grant, meWith } from '../../../test/mediation-fixtures';
import { navigateTo, taroTest } from '../../../test/mocks/taro';
import { MediationEntries } from './mediation-entries';
import { ProfileCard } from './profile-card';

function renderWith(me: MeResponse, ui = <MediationEntries roles={me.roles} />) {
  const sent = fakeApi({
    'GET me': [ok(me)],
    'GET places/building-2': [ok(liriBuilding)],
    'GET notifications/unread-count': [ok({ count: 0 })],
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { sent, ...view };
}

async function settled(sent: { url: string }[]) {
  await waitFor(() => expect(sent.some((s) => s.url.endsWith('/api/me'))).toBe(true));
  await act(() => Promise.resolve());
}

describe('我的 → 调解', () => {
  beforeEach(() => taroTest.reset());

  it('a member with a community asks for mediation and sees their own cases', async () => {
    renderWith(liriResident);
    fireEvent.click(await screen.findByText('申请调解'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationAsk });
    fireEvent.click(screen.getByText('我的调解'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MyMediation });
    expect(screen.queryByText('石榴调解工作室')).toBeNull();
    expect(screen.queryByText('我的调解案件')).toBeNull();
  });

  it('the studio’s 负责人 opens its cases; a 调解员 opens the cases assigned to them', async () => {
    const { unmount } = renderWith(meWith([grant('mediation_admin')]));
    fireEvent.click(await screen.findByText('石榴调解工作室'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationCases('staff') });
    unmount();

    renderWith(meWith([grant('mediator')], '敖登'));
    fireEvent.click(await screen.findByText('我的调解案件'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationCases('mediating') });
    expect(screen.queryByText('石榴调解工作室')).toBeNull();
  });

  it('community staff and grid workers get no studio entry: their roles are not mediation roles', async () => {
    const staff = meWith([grant('community_staff'), grant('grid_worker')], '乌云');
    const user: MeSummary = { ...staff };
    const { sent } = renderWith(staff, <ProfileCard user={user} />);
    await screen.findByText('住址审核');
    await settled(sent);
    expect(screen.queryByText('石榴调解工作室')).toBeNull();
    expect(screen.queryByText('我的调解案件')).toBeNull();
  });

  it('someone with neither a community nor a mediation role sees no card', async () => {
    const { sent, container } = renderWith(meWith([], '新用户'));
    await settled(sent);
    expect(container.querySelector('.mediation-entries')).toBeNull();
  });
});
