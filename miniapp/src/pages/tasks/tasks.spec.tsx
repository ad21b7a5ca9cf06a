import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ON_BEHALF_HEADER } from '@tongxin/types';

import { startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok } from '../../../test/fake-api';
import { DAUGHTER, familyLink } from '../../../test/family-fixtures';
import { taroTest } from '../../../test/mocks/taro';
import { pageOf, report } from '../../../test/report-fixtures';
import { signIn } from '../../../test/session';
import TasksPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <TasksPage />
    </QueryClientProvider>,
  );
}

describe('随手拍 tab: 我的上报', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
  });
  afterEach(() => act(() => stopActingFor()));

  it('lists her own reports, asked as herself', async () => {
    const sent = fakeApi({
      'GET reports/mine': [ok(pageOf([report('own', {}, { text: '楼道灯坏了', isMine: true })]))],
    });
    renderPage();
    expect(await screen.findByText('楼道灯坏了')).toBeTruthy();
    expect(screen.getByText('我的上报')).toBeTruthy();
    expect(screen.queryByText('退出代办')).toBeNull();
    expect(sent[0].header[ON_BEHALF_HEADER]).toBeUndefined();
  });

  it('lists her mother’s while she acts for her, under the banner; 退出代办 brings back her own', async () => {
    const sent = fakeApi({
      'GET reports/mine': [
        (request) =>
          request.header[ON_BEHALF_HEADER] === 'parent-1'
            ? { statusCode: 200, data: pageOf([report('mum', {}, { text: '请帮妈妈取降压药', isMine: true })]) }
            : { statusCode: 200, data: pageOf([report('own', {}, { text: '楼道灯坏了', isMine: true })]) },
      ],
    });
    startActingFor(familyLink());
    renderPage();

    expect(screen.getByText('正在为 马桂芳 代办')).toBeTruthy();
    expect(screen.getByText('马桂芳的上报')).toBeTruthy();
    expect(await screen.findByText('请帮妈妈取降压药')).toBeTruthy();
    expect(screen.queryByText('楼道灯坏了')).toBeNull();

    fireEvent.click(screen.getByText('退出代办'));
    expect(await screen.findByText('楼道灯坏了')).toBeTruthy();
    expect(screen.getByText('我的上报')).toBeTruthy();
    await waitFor(() => expect(sent.map((s) => s.header[ON_BEHALF_HEADER])).toEqual(['parent-1', undefined]));
  });
});
