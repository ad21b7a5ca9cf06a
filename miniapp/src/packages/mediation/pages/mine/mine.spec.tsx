import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';

import { PagePath } from '@/routes';
import { clearSession } from '@/services/session';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { caseSummary } from '../../../../../test/mediation-fixtures';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import MyMediationPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MyMediationPage />
    </QueryClientProvider>,
  );
}

describe('我的调解', () => {
  beforeEach(() => taroTest.reset());

  it('lists the member’s own cases (view mine) and offers 申请调解', async () => {
    signIn();
    const sent = fakeApi({
      'GET mediation/cases': [ok(pageOf([caseSummary('c1', { status: 'in_mediation', mediatorName: '敖登' })]))],
    });
    renderPage();
    expect(await screen.findByText('阿吉拉沁社区 · 调解员：敖登')).toBeTruthy();
    expect(screen.getByText('调解中')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/mediation/cases?view=mine&page=1&pageSize=20');
    fireEvent.click(screen.getByText('申请调解'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.MediationAsk });
  });

  it('asks a signed-out visitor to log in and reads nothing', () => {
    clearSession();
    const sent = fakeApi({});
    renderPage();
    expect(screen.getByText('登录后查看你的调解')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });
});
