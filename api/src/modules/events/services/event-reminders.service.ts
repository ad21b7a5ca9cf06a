import { Injectable } from '@nestjs/common';
import { NotificationKind } from '@tongxin/types';

import { chinaMinute } from '../../../infra/time/china-time';
import { NotificationsService } from '../../notifications/notifications.service';
import {
  type DueReminderRow,
  EventRemindersRepository,
  type ReminderKind,
} from '../repositories/event-reminders.repository';

const HOUR = 3_600_000;
/** Sign-ups reminded per kind per sweep; the next sweep takes the rest. */
const BATCH = 500;

/**
 * Reminds confirmed attendees the day before an event and again within the hour before it: an in-app notice that
 * the push outbox also sends as a WeChat subscribe message. Each reminder is claimed on its sign-up's row first,
 * so sweeps on several replicas send it once.
 */
@Injectable()
export class EventRemindersService {
  constructor(
    private readonly reminders: EventRemindersRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** One sweep: the hour-before reminders, then the day-before ones for events more than an hour away. */
  async sweep(now: Date = new Date()): Promise<number> {
    const at = now.getTime();
    const hour = await this.reminders.findDue({ kind: 'hour', from: now, until: new Date(at + HOUR), limit: BATCH });
    const day = await this.reminders.findDue({
      kind: 'day',
      from: new Date(at + HOUR),
      until: new Date(at + 24 * HOUR),
      limit: BATCH,
    });
    let sent = 0;
    for (const row of hour) if (await this.send(row, 'hour', now)) sent += 1;
    for (const row of day) if (await this.send(row, 'day', now)) sent += 1;
    return sent;
  }

  private send(row: DueReminderRow, kind: ReminderKind, now: Date): Promise<boolean> {
    return this.reminders.transaction(async (manager) => {
      if (!(await this.reminders.claim({ registrationId: row.registrationId, kind, now }, manager))) return false;
      await this.notifications.notifyUsers(
        [row.memberId],
        {
          kind: NotificationKind.EventReminder,
          title: kind === 'hour' ? '活动即将开始' : '活动提醒',
          body: `「${row.title}」将于 ${chinaMinute(row.startsAt)} 在${row.venue}开始，请准时参加。`,
          eventId: row.eventId,
        },
        manager,
      );
      return true;
    });
  }
}
