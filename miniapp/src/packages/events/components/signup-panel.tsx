import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type EventView, REGISTRATION_STATUS_LABEL, type RegistrationView, ReminderTopic } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { useCancelRegistrationMutation, useMyRegistrationsQuery, useSignUpMutation } from '@/hooks/use-events-query';
import { useFindInPages } from '@/hooks/use-find-in-pages';
import { useAskForReminders } from '@/hooks/use-notifications-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { type ActingFor, useActingFor } from '@/stores/acting-for';
import { useSessionUser } from '@/stores/session';
import { formatDateTime } from '@/utils/format-date';

import { type DependentDraft, DependentsForm, toDependents } from './dependents-form';
import { SeriesSignup } from './series-signup';
import { signupErrorMessage } from './signup-error';

const ACTIVE = ['confirmed', 'waiting', 'pending_approval'];

/** Why a sign-up is not possible right now, or null when it is. */
export function signupBlocker(event: EventView, now: Date = new Date()): string | null {
  if (event.status === 'cancelled') return '活动已取消';
  if (event.status !== 'published') return '活动尚未发布';
  if (event.signupOpensAt && new Date(event.signupOpensAt) > now) {
    return `报名将于 ${formatDateTime(event.signupOpensAt)} 开始`;
  }
  const closes = event.signupClosesAt ?? event.startsAt;
  if (new Date(closes) <= now) return '报名已截止';
  return null;
}

/** `acting`: the parent's sign-up, seen and cancelled by a family member (亲情代办); the ticket stays the parent's. */
function MyRegistration({ registration, acting }: { registration: RegistrationView; acting?: ActingFor }) {
  const cancel = useCancelRegistrationMutation(acting?.parentId);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { status } = registration;
  const position =
    status === 'waiting' && registration.waitingPosition ? `（候补第 ${registration.waitingPosition} 位）` : '';

  async function doCancel(): Promise<void> {
    setError(null);
    try {
      await cancel.mutateAsync(registration.id);
      Taro.showToast({ title: '已取消报名', icon: 'none' });
    } catch (failure) {
      setError(signupErrorMessage(failure));
      throw failure;
    }
  }

  return (
    <View className='my-registration'>
      <Text className={`my-registration__status my-registration__status--${status}`}>
        {REGISTRATION_STATUS_LABEL[status] ?? status}
        {position}
      </Text>
      {registration.dependents.length > 0 ? (
        <Text className='my-registration__dependents'>
          随行：{registration.dependents.map((d) => (d.age ? `${d.name}（${d.age}岁）` : d.name)).join('、')}
        </Text>
      ) : null}
      {acting ? <Text className='form-hint'>{`这是为${acting.parentName}的报名`}</Text> : null}
      {status === 'confirmed' && !acting ? (
        <Button
          className='form-submit my-registration__ticket'
          type='primary'
          block
          onClick={() => Taro.navigateTo({ url: PagePath.MyEvents })}
        >
          查看入场券
        </Button>
      ) : null}
      <Button className='my-registration__cancel' block fill='outline' onClick={() => setConfirming(true)}>
        取消报名
      </Button>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Dialog
        className='cancel-registration-dialog'
        visible={confirming}
        title='取消报名'
        confirmText='确认取消'
        cancelText='再想想'
        onConfirm={doCancel}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        <Text>取消后名额会让给候补的邻居。</Text>
      </Dialog>
    </View>
  );
}

function submitText(event: EventView, full: boolean, acting?: ActingFor): string {
  if (acting) return full ? `为${acting.parentName}加入候补` : `为${acting.parentName}报名`;
  return full ? '名额已满，加入候补' : event.series ? '报名本场' : '立即报名';
}

function SignUpForm({ event, acting }: { event: EventView; acting?: ActingFor }) {
  const signUp = useSignUpMutation(event.id, acting?.parentId);
  const askForReminders = useAskForReminders(ReminderTopic.Event);
  const [drafts, setDrafts] = useState<DependentDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const full = event.confirmedCount >= event.capacity;

  function submit(): void {
    // First, in the tap: WeChat asks whether to send reminders (promotion, changes) for this sign-up (the parent's go to
    // the parent).
    if (!acting) askForReminders();
    const parsed = toDependents(drafts);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    signUp.mutate(parsed.dependents.length > 0 ? { dependents: parsed.dependents } : {}, {
      onSuccess: (registration) => {
        setDrafts([]);
        const label = REGISTRATION_STATUS_LABEL[registration.status] ?? '已提交';
        const title = registration.status === 'confirmed' ? '报名成功' : label;
        Taro.showToast({ title: acting ? `已为${acting.parentName}：${title}` : title, icon: 'none' });
      },
      onError: (failure) => setError(signupErrorMessage(failure)),
    });
  }

  return (
    <View className='signup-form'>
      <DependentsForm drafts={drafts} onChange={setDrafts} />
      {event.needsApproval ? <Text className='form-hint'>本活动报名需组织者审核</Text> : null}
      {error ? <Text className='form-error signup-form__error'>{error}</Text> : null}
      <Button
        className='form-submit signup-form__submit'
        type='primary'
        block
        loading={signUp.isPending}
        onClick={submit}
      >
        {submitText(event, full, acting)}
      </Button>
    </View>
  );
}

/** 亲情代办: the parent's sign-up for this event (from their 我的报名), or the form that signs them up. */
function ActingSignup({ event, acting }: { event: EventView; acting: ActingFor }) {
  const registrations = useMyRegistrationsQuery(true, acting.parentId);
  const isThis = (r: RegistrationView) => r.eventId === event.id && ACTIVE.includes(r.status);
  const { found, searching } = useFindInPages(registrations, isThis);
  const blocker = signupBlocker(event);
  if (found) return <MyRegistration registration={found} acting={acting} />;
  if (registrations.isError) {
    return (
      <ListState variant='error' detail={errorMessage(registrations.error)} onRetry={() => registrations.refetch()} />
    );
  }
  if (searching) return <ListState variant='loading' />;
  if (blocker) return <Text className='signup-panel__blocker'>{blocker}</Text>;
  return <SignUpForm event={event} acting={acting} />;
}

/** Places left, the waiting list, and what the member can do: sign up, join the waiting list, cancel. */
export function SignupPanel({ event }: { event: EventView }) {
  const user = useSessionUser();
  const acting = useActingFor();
  const left = Math.max(0, event.capacity - event.confirmedCount);
  const mine = event.myRegistration && ACTIVE.includes(event.myRegistration.status) ? event.myRegistration : null;
  const blocker = signupBlocker(event);
  return (
    <View className='signup-panel'>
      <View className='signup-panel__counts'>
        <Text className='signup-panel__left'>{left > 0 ? `剩余 ${left} 个名额` : '名额已满'}</Text>
        <Text className='signup-panel__meta'>
          已报名 {event.confirmedCount}/{event.capacity}
          {event.waitingCount > 0 ? ` · 候补 ${event.waitingCount} 人` : ''}
        </Text>
      </View>
      {acting ? <ActingSignup event={event} acting={acting} /> : null}
      {!acting && mine ? <MyRegistration registration={mine} /> : null}
      {!acting && !mine && blocker ? <Text className='signup-panel__blocker'>{blocker}</Text> : null}
      {!acting && !mine && !blocker && !user ? (
        <Button
          className='form-submit signup-panel__login'
          type='primary'
          block
          onClick={() => Taro.navigateTo({ url: PagePath.Login })}
        >
          登录后报名
        </Button>
      ) : null}
      {!acting && !mine && !blocker && user ? <SignUpForm event={event} /> : null}
      {/* 报名全部场次 is not among the calls a family member may make for a parent. */}
      {!acting && event.series && user && event.status === 'published' ? <SeriesSignup event={event} /> : null}
    </View>
  );
}
