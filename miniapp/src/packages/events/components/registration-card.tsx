import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REGISTRATION_STATUS_LABEL, type RegistrationView } from '@tongxin/types';

import { PagePath } from '@/routes';
import { formatDateTime } from '@/utils/format-date';

import { RatingForm } from './rating-form';
import { TicketCard } from './ticket-card';

function statusText(registration: RegistrationView): string {
  const label = REGISTRATION_STATUS_LABEL[registration.status] ?? registration.status;
  if (registration.checkedInAt) return `已签到 · ${formatDateTime(registration.checkedInAt)}`;
  if (registration.status === 'waiting' && registration.waitingPosition) {
    return `${label} · 第 ${registration.waitingPosition} 位`;
  }
  return label;
}

/** One sign-up: the event, its status (waiting position), the ticket until the event ends, a rating once attended. */
export function RegistrationCard({ registration, now }: { registration: RegistrationView; now: number }) {
  const started = new Date(registration.eventStartsAt).getTime() <= now;
  const ticketDue =
    registration.status === 'confirmed' &&
    !registration.checkedInAt &&
    new Date(registration.eventEndsAt).getTime() > now;
  return (
    <View className={`registration-card registration-card--${registration.status}`}>
      <View onClick={() => Taro.navigateTo({ url: PagePath.EventDetail(registration.eventId) })}>
        <Text className='registration-card__title'>{registration.eventTitle}</Text>
        <Text className='registration-card__meta'>
          {formatDateTime(registration.eventStartsAt)} · {registration.venue}
        </Text>
        <Text className={`registration-card__status registration-card__status--${registration.status}`}>
          {statusText(registration)}
        </Text>
      </View>
      {ticketDue ? <TicketCard registrationId={registration.id} /> : null}
      {started && registration.checkedInAt ? (
        registration.rated ? (
          <Text className='rating-form__done'>已评价，谢谢参与</Text>
        ) : (
          <RatingForm eventId={registration.eventId} />
        )
      ) : null}
    </View>
  );
}
