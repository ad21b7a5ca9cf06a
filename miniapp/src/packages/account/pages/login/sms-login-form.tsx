import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorCode, PHONE_PATTERN, SMS_CODE_PATTERN } from '@tongxin/types';
import { useState } from 'react';

import { useLoginMutation, useSendSmsCodeMutation } from '@/hooks/use-auth';
import { useCountdown } from '@/hooks/use-countdown';
import { isApiError } from '@/services/api-error';

import { retryAfterSeconds, smsErrorMessage } from './login-errors';
import type { LoginMethodProps } from './login-method-props';

/** Phone + SMS code login (H5, where there is no WeChat session). */
export function SmsLoginForm({ onLoggedIn }: LoginMethodProps) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const countdown = useCountdown();
  const sendCode = useSendSmsCodeMutation();
  const login = useLoginMutation();

  function validPhone(): string | null {
    const value = phone.trim();
    if (PHONE_PATTERN.test(value)) return value;
    setError('请输入正确的 11 位手机号');
    return null;
  }

  function requestCode(): void {
    const value = validPhone();
    if (!value || countdown.seconds > 0 || sendCode.isPending) return;
    setError(null);
    sendCode.mutate(
      { phone: value },
      {
        onSuccess: (result) => {
          setSent(true);
          countdown.start(result.cooldownSeconds);
        },
        onError: (failure) => {
          const wait = retryAfterSeconds(failure);
          if (isApiError(failure) && failure.code === ErrorCode.SmsRateLimited && wait) countdown.start(wait);
          setError(smsErrorMessage(failure));
        },
      },
    );
  }

  function submit(): void {
    const value = validPhone();
    if (!value) return;
    if (!SMS_CODE_PATTERN.test(code.trim())) {
      setError('请输入 6 位验证码');
      return;
    }
    setError(null);
    login.mutate(
      { method: 'sms', body: { phone: value, code: code.trim() } },
      { onSuccess: onLoggedIn, onError: (failure) => setError(smsErrorMessage(failure)) },
    );
  }

  const codeLabel = countdown.seconds > 0 ? `${countdown.seconds} 秒后重发` : sent ? '重新获取' : '获取验证码';
  return (
    <View className='login-form'>
      <View className='login-form__row'>
        <Input
          className='login-form__phone'
          type='tel'
          maxLength={11}
          placeholder='请输入手机号'
          value={phone}
          onChange={setPhone}
        />
      </View>
      <View className='login-form__row'>
        <Input
          className='login-form__code'
          type='number'
          maxLength={6}
          placeholder='6 位验证码'
          value={code}
          onChange={setCode}
        />
        <Button
          className='login-form__send'
          fill='outline'
          type='primary'
          disabled={countdown.seconds > 0}
          loading={sendCode.isPending}
          onClick={requestCode}
        >
          {codeLabel}
        </Button>
      </View>
      {sent && !error ? <Text className='login-form__hint'>验证码已发送，请查看短信</Text> : null}
      {error ? <Text className='login-form__error'>{error}</Text> : null}
      <Button className='login-form__submit' type='primary' block loading={login.isPending} onClick={submit}>
        登录
      </Button>
    </View>
  );
}
