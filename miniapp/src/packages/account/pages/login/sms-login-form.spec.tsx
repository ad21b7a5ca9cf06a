import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type AuthTokens, ErrorCode } from '@tongxin/types';

import { getSessionUser, getToken } from '@/services/session';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { SmsLoginForm } from './sms-login-form';

const tokens: AuthTokens = {
  accessToken: 'access',
  refreshToken: 'refresh',
  expiresIn: 900,
  user: { id: 'u1', nickname: '居民13900001234', avatarUrl: null, phone: '13900001234', roles: [] },
};

function renderForm(onLoggedIn = jest.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <SmsLoginForm onLoggedIn={onLoggedIn} />
    </QueryClientProvider>,
  );
  const field = (selector: string) => view.container.querySelector(selector) as HTMLInputElement;
  return { ...view, onLoggedIn, phone: field('.login-form__phone'), code: field('.login-form__code') };
}

const sendButton = () => document.querySelector('.login-form__send') as HTMLButtonElement;

describe('SMS login form', () => {
  beforeEach(() => taroTest.reset());
  afterEach(() => jest.useRealTimers());

  it('rejects a malformed phone number without calling the API', () => {
    const sent = fakeApi({});
    const { phone } = renderForm();

    fireEvent.change(phone, { target: { value: '1390000' } });
    fireEvent.click(screen.getByText('获取验证码'));

    expect(screen.getByText('请输入正确的 11 位手机号')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('asks for a 6-digit code before logging in', () => {
    const sent = fakeApi({});
    const { phone, code } = renderForm();

    fireEvent.change(phone, { target: { value: '13900001234' } });
    fireEvent.change(code, { target: { value: '12' } });
    fireEvent.click(screen.getByText('登录'));

    expect(screen.getByText('请输入 6 位验证码')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('sends the code, then counts down the cooldown before another can be asked for', async () => {
    jest.useFakeTimers();
    const sent = fakeApi({ 'POST auth/sms/send': [ok({ cooldownSeconds: 60, expiresInSeconds: 300 }, 202)] });
    const { phone } = renderForm();

    fireEvent.change(phone, { target: { value: '13900001234' } });
    fireEvent.click(screen.getByText('获取验证码'));

    expect(await screen.findByText('60 秒后重发')).toBeTruthy();
    expect(sent[0].data).toEqual({ phone: '13900001234' });
    expect(sendButton().disabled).toBe(true);

    act(() => jest.advanceTimersByTime(1000));
    expect(sendButton().textContent).toBe('59 秒后重发');

    act(() => jest.advanceTimersByTime(59_000));
    expect(sendButton().textContent).toBe('重新获取');
    expect(sendButton().disabled).toBe(false);
  });

  it("waits out the API's retryAfterSeconds when sending is rate limited", async () => {
    fakeApi({
      'POST auth/sms/send': [fail(429, ErrorCode.SmsRateLimited, '发送太频繁', { retryAfterSeconds: 42 })],
    });
    const { phone } = renderForm();

    fireEvent.change(phone, { target: { value: '13900001234' } });
    fireEvent.click(screen.getByText('获取验证码'));

    expect(await screen.findByText('发送太频繁，请 42 秒后再试')).toBeTruthy();
    expect(sendButton().textContent).toBe('42 秒后重发');
  });

  it('shows the attempts left for a wrong code, and logs in with the right one', async () => {
    const sent = fakeApi({
      'POST auth/sms/login': [fail(400, ErrorCode.SmsCodeInvalid, '验证码错误', { attemptsLeft: 4 }), ok(tokens)],
    });
    const { phone, code, onLoggedIn } = renderForm();

    fireEvent.change(phone, { target: { value: '13900001234' } });
    fireEvent.change(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByText('登录'));
    expect(await screen.findByText('验证码不正确，还可以再试 4 次')).toBeTruthy();
    expect(onLoggedIn).not.toHaveBeenCalled();

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByText('登录'));

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
    expect(sent[1].data).toEqual({ phone: '13900001234', code: '123456' });
    expect(getToken()).toBe('access');
    expect(getSessionUser()?.phone).toBe('13900001234');
  });
});
