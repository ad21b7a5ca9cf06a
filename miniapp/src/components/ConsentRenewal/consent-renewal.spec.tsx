import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ConsentStatus, LEGAL_VERSIONS, PRIVACY_POLICY_VERSION, USER_AGREEMENT_VERSION } from '@tongxin/types';

import MePage from '@/pages/me/index';
import { clearSession, getToken } from '@/services/session';

import { fakeApi, ok } from '../../../test/fake-api';
import { taroTest } from '../../../test/mocks/taro';
import { signIn } from '../../../test/session';

const status = (accepted: ConsentStatus['accepted']): ConsentStatus => ({
  current: LEGAL_VERSIONS,
  accepted,
  pending: [],
});
const UP_TO_DATE = status({ privacy: PRIVACY_POLICY_VERSION, terms: USER_AGREEMENT_VERSION });

function renderMe() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MePage />
    </QueryClientProvider>,
  );
}

describe('the 隐私政策 or 用户协议 moves to a new version', () => {
  beforeEach(() => taroTest.reset());

  it('asks a signed-in member again, and records the agreement to the new version', async () => {
    signIn();
    const sent = fakeApi({
      'GET me/consents/status': [ok(status({ privacy: '2025-01-01', terms: USER_AGREEMENT_VERSION })), ok(UP_TO_DATE)],
      'POST me/consents': [ok(UP_TO_DATE, 201)],
    });
    renderMe();

    expect(await screen.findByText('《隐私政策》已更新')).toBeTruthy();
    fireEvent.click(screen.getByText('同意'));

    await waitFor(() => expect(screen.queryByText('《隐私政策》已更新')).toBeNull());
    const post = sent.find((request) => request.method === 'POST');
    expect(post?.data).toEqual({ documents: [{ document: 'privacy', version: PRIVACY_POLICY_VERSION }], client: 'h5' });
  });

  it('does not ask when the member agreed to the versions in force, nor anyone signed out', async () => {
    signIn();
    const sent = fakeApi({ 'GET me/consents/status': [ok(UP_TO_DATE)] });
    const view = renderMe();
    await waitFor(() => expect(sent.filter((request) => request.url.includes('consents'))).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    view.unmount();

    clearSession();
    const anonymous = fakeApi({});
    renderMe();
    expect(screen.getByText('隐私政策')).toBeTruthy();
    expect(anonymous.filter((request) => request.url.includes('consents'))).toHaveLength(0);
  });

  it('logs out a member who refuses; browsing goes on without an account', async () => {
    signIn();
    fakeApi({
      'GET me/consents/status': [ok(status({ privacy: null, terms: null }))],
      'POST auth/logout': [ok(undefined, 204)],
    });
    renderMe();
    fireEvent.click(await screen.findByText('不同意并退出登录'));
    await waitFor(() => expect(getToken()).toBeFalsy());
    expect(await screen.findByText('登录 / 注册')).toBeTruthy();
  });
});
