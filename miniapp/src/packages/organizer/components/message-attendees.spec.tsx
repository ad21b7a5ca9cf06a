import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../test/fake-api';
import { showToast, taroTest } from '../../../../test/mocks/taro';
import { signIn } from '../../../../test/session';
import { MessageAttendees } from './message-attendees';

function renderIt(waitingCount = 2) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MessageAttendees event={{ id: 'e1', confirmedCount: 5, waitingCount }} />
    </QueryClientProvider>,
  );
}

describe('MessageAttendees (通知参与者)', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('asks for the text, then sends it to the confirmed and, when switched on, the waiting', async () => {
    const sent = fakeApi({
      'POST events/e1/messages': [ok({ recipients: 7, sentAt: '2026-11-28T06:00:00.000Z' }, 201)],
    });
    renderIt();

    fireEvent.click(screen.getByText('通知参与者', { selector: 'button, button *' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/将发给 5 人/)).toBeTruthy();
    fireEvent.click(within(dialog).getByText('发送通知'));
    expect(await within(dialog).findByText('请写下要通知的内容（至少 2 个字）')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(within(dialog).getByPlaceholderText(/明天降温/), { target: { value: '  集合地点改到东门  ' } });
    fireEvent.click(within(dialog).getByRole('switch'));
    expect(within(dialog).getByText(/将发给 7 人/)).toBeTruthy();
    fireEvent.click(within(dialog).getByText('发送通知'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.map((s) => [s.method, s.url, s.data])).toEqual([
      ['POST', 'http://api.test/api/events/e1/messages', { text: '集合地点改到东门', includeWaiting: true }],
    ]);
    expect(showToast).toHaveBeenCalledWith({ title: '已通知 7 人', icon: 'none' });
  });

  it('keeps the dialog open with the reason when the message is refused', async () => {
    fakeApi({
      'POST events/e1/messages': [fail(429, ErrorCode.RateLimited, '每个活动 10 分钟内只能发一条通知，请稍后再发')],
    });
    renderIt(0);

    fireEvent.click(screen.getByText('通知参与者', { selector: 'button, button *' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByRole('switch')).toBeNull();
    fireEvent.change(within(dialog).getByPlaceholderText(/明天降温/), { target: { value: '请准时到场' } });
    fireEvent.click(within(dialog).getByText('发送通知'));

    expect(await within(dialog).findByText('每个活动 10 分钟内只能发一条通知，请稍后再发')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(showToast).not.toHaveBeenCalled();
  });
});
