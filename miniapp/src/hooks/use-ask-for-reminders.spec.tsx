import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReminderTopic } from '@tongxin/types';

import { clearSession } from '@/services/session';

import { fakeApi, ok } from '../../test/fake-api';
import { requestSubscribeMessage, taroTest } from '../../test/mocks/taro';
import { signIn } from '../../test/session';
import { useAskForReminders, useReminderTemplatesQuery } from './use-notifications-query';

// As on weapp: the platform file that asks WeChat.
jest.mock('@/services/reminders', () => jest.requireActual('@/services/reminders.weapp'));

function SignUpButton() {
  const templates = useReminderTemplatesQuery();
  const ask = useAskForReminders(ReminderTopic.Event, ReminderTopic.Account);
  return templates.data ? <button onClick={ask}>报名</button> : null;
}

function renderButton() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SignUpButton />
    </QueryClientProvider>,
  );
}

describe('asking for WeChat reminders in a tap (weapp)', () => {
  beforeEach(() => {
    taroTest.reset();
    clearSession();
    requestSubscribeMessage.mockClear();
  });

  it('asks for the templates of the given topics that are set up, in the tap itself', async () => {
    signIn();
    fakeApi({
      'GET notifications/reminder-templates': [ok({ templates: { event: 'tmpl-event', order: 'tmpl-order' } })],
    });
    renderButton();
    fireEvent.click(await screen.findByText('报名'));
    expect(requestSubscribeMessage).toHaveBeenCalledTimes(1);
    expect(requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tmpl-event']);
  });

  it('asks nothing when no template is set up for those topics', async () => {
    signIn();
    fakeApi({ 'GET notifications/reminder-templates': [ok({ templates: { order: 'tmpl-order' } })] });
    renderButton();
    fireEvent.click(await screen.findByText('报名'));
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('does not ask the API for templates before sign-in', async () => {
    const sent = fakeApi({});
    renderButton();
    await waitFor(() => expect(sent).toEqual([]));
    expect(screen.queryByText('报名')).toBeNull();
  });
});
