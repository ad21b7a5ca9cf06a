import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { detail, report } from '../../../../../test/report-fixtures';
import ReportDetailPage from './index';

const done = detail(report('r1', { status: 'done', handlerId: 'gw-1', handlerNickname: '王建国' }, { isMine: true }));
const confirmed = detail(report('r1', { status: 'confirmed', rating: 4 }, { isMine: true }));

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  taroTest.setRouterParams({ id: 'r1' });
  return render(
    <QueryClientProvider client={client}>
      <ReportDetailPage />
    </QueryClientProvider>,
  );
}

describe('report detail: the reporter confirms', () => {
  beforeEach(() => taroTest.reset());

  it('sends the chosen rating and comment with 确认解决', async () => {
    const sent = fakeApi({
      'GET reports/r1': [ok(done), ok(confirmed)],
      'POST orders/order-r1/confirm': [ok(confirmed)],
    });
    renderPage();

    fireEvent.click(await screen.findByText('确认解决'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(dialog.querySelector('.star-rating__star--4') as HTMLElement);
    expect(within(dialog).getByText('满意')).toBeTruthy();
    fireEvent.change(within(dialog).getByPlaceholderText('说点什么（选填）'), { target: { value: '修得很快' } });
    fireEvent.click(within(dialog).getByText('确认解决'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = sent.find((r) => r.method === 'POST');
    expect(post?.url).toBe('http://api.test/api/orders/order-r1/confirm');
    expect(post?.data).toEqual({ rating: 4, comment: '修得很快' });
    expect(await screen.findByText('已确认')).toBeTruthy();
  });

  it('offers no confirmation to anyone but the reporter', async () => {
    fakeApi({ 'GET reports/r1': [ok({ ...done, isMine: false })] });
    renderPage();
    expect(await screen.findByText('待确认')).toBeTruthy();
    expect(screen.queryByText('确认解决')).toBeNull();
  });
});
