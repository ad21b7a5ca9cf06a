import '@/styles/form.scss';
import '../../components/organizer.scss';
import '../../components/volunteer.scss';

import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ErrorCode, EventType, type RosterEntry } from '@tongxin/types';
import { useEffect, useState } from 'react';

import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useEventViewQuery } from '@/hooks/use-events-query';
import {
  useApproveMutation,
  useManualCheckinMutation,
  useRejectMutation,
  useRosterQuery,
  useUndoCheckinMutation,
} from '@/hooks/use-organizer-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useManualCheckoutMutation } from '@/hooks/use-volunteer-query';
import { errorMessage, isApiError } from '@/services/api-error';

import { HoursDialog } from '../../components/hours-dialog';
import { RosterRow } from '../../components/roster-row';

const ACTION_COPY: Partial<Record<string, string>> = {
  [ErrorCode.UndoWindowPassed]: '签到已超过可撤销时间',
  [ErrorCode.OutsideCheckinWindow]: '不在签到时间内，活动开始前后规定时间内才能签到',
  [ErrorCode.SelfCheckin]: '不能给自己签到签退，请由其他组织者操作',
  [ErrorCode.SelfAward]: '不能调整自己的服务时长，请由其他组织者调整',
};

function actionError(error: unknown): string {
  return (isApiError(error) && ACTION_COPY[error.code]) || errorMessage(error);
}

function Roster({ eventId }: { eventId: string }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const roster = useRosterQuery(eventId, q);
  const checkIn = useManualCheckinMutation(eventId);
  const undo = useUndoCheckinMutation(eventId);
  const approve = useApproveMutation(eventId);
  const reject = useRejectMutation(eventId);
  const checkOut = useManualCheckoutMutation(eventId);
  const event = useEventViewQuery(eventId);
  const [adjusting, setAdjusting] = useState<RosterEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = checkIn.isPending || undo.isPending || approve.isPending || reject.isPending || checkOut.isPending;
  const volunteerEvent = event.data?.type === EventType.Volunteer ? event.data : null;

  // Search as the organizer types, a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);

  useRefreshOnPull(roster);

  const run = (action: (arg: string) => Promise<unknown>, arg: string | null) => {
    if (!arg) return;
    setError(null);
    action(arg).catch((failure: unknown) => setError(actionError(failure)));
  };

  const entries = roster.data ?? [];
  const checked = entries.filter((entry: RosterEntry) => entry.checkedInAt).length;
  const out = entries.filter((entry: RosterEntry) => entry.checkedOutAt).length;
  const volunteer = volunteerEvent
    ? {
        onCheckOut: (e: RosterEntry) => run(checkOut.mutateAsync, e.registrationId),
        onAdjust: (e: RosterEntry) => setAdjusting(e),
      }
    : undefined;
  return (
    <View className='roster'>
      <Input className='form-field__input roster__search' placeholder='按姓名搜索' value={text} onChange={setText} />
      {error ? <Text className='form-error roster__error'>{error}</Text> : null}
      {roster.isPending ? <ListState variant='loading' /> : null}
      {roster.isError ? (
        <ListState variant='error' detail={errorMessage(roster.error)} onRetry={() => roster.refetch()} />
      ) : null}
      {roster.data && entries.length === 0 ? (
        <ListState variant='empty' text={q ? '没有找到这个人' : '还没有人报名'} />
      ) : null}
      {entries.length > 0 ? (
        <Text className='form-hint roster__summary'>
          共 {entries.length} 人，已签到 {checked} 人{volunteerEvent ? `，已签退 ${out} 人` : ''}
        </Text>
      ) : null}
      {entries.map((entry) => (
        <RosterRow
          key={entry.registrationId}
          entry={entry}
          busy={busy}
          onCheckIn={(e) => run(checkIn.mutateAsync, e.registrationId)}
          onUndo={(e) => run(undo.mutateAsync, e.checkinId)}
          onApprove={(e) => run(approve.mutateAsync, e.registrationId)}
          onReject={(e) => run(reject.mutateAsync, e.registrationId)}
          volunteer={volunteer}
        />
      ))}
      {volunteerEvent ? (
        <HoursDialog
          eventId={eventId}
          maxMinutes={Math.floor((Date.parse(volunteerEvent.endsAt) - Date.parse(volunteerEvent.startsAt)) / 60_000)}
          entry={adjusting}
          onClose={() => setAdjusting(null)}
        />
      ) : null}
      {roster.data && entries.length > 0 ? <ListState variant='end' /> : null}
    </View>
  );
}

export default function OrganizerRosterPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='organizer-roster-page'>
      {id ? <Roster eventId={id} /> : <ListState variant='error' text='活动不存在' />}
    </PageShell>
  );
}
