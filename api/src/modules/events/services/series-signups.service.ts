import { Injectable } from '@nestjs/common';
import { ErrorCode, type SeriesSignupCancelResult, type SeriesSignupResult } from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import type { SignUpDto } from '../dto/event-manage.dto';
import type { CommunityEvent } from '../event.entity';
import { toSeriesSignupResult } from '../events.mapper';
import { EventSeriesRepository } from '../repositories/event-series.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventSignupsService } from './event-signups.service';

/**
 * 报名全部场次: one sign-up per session ahead that takes sign-ups now, each taken as a single sign-up is — a place
 * by the capacity UPDATE, else that session's waiting list. The live-sign-up unique key makes a retry (or two taps
 * at once) skip the sessions already held, so nothing is held twice.
 */
@Injectable()
export class SeriesSignupsService {
  constructor(
    private readonly series: EventSeriesRepository,
    private readonly events: EventsRepository,
    private readonly signups: EventSignupsService,
  ) {}

  async signUp(caller: Caller, seriesId: string, body: SignUpDto): Promise<SeriesSignupResult> {
    await this.requirePublished(seriesId);
    const now = new Date();
    const open = await this.series.findOpenAhead(seriesId, now);
    if (open.length === 0) throw new DomainException(ErrorCode.SignupClosed, '没有正在报名的场次');
    await this.signups.assertAudience(caller.userId, open[0]!);
    for (const event of open) {
      try {
        await this.signups.enrol({ event, memberId: caller.userId, dependents: body.dependents });
      } catch (error) {
        // Already signed up for this session (by hand, or by an earlier try of this request).
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return this.mine(seriesId, caller.userId, now);
  }

  /** Cancels the member's sign-ups in the sessions ahead; those past their cancel deadline stay. */
  async cancel(caller: Caller, seriesId: string): Promise<SeriesSignupCancelResult> {
    await this.requirePublished(seriesId);
    const now = Date.now();
    const live = await this.series.findLiveAhead(seriesId, caller.userId, new Date(now));
    const events = await this.events.findByIds(live.map((r) => r.eventId));
    let cancelled = 0;
    let kept = 0;
    for (const registration of live) {
      const event = events.find((e) => e.id === registration.eventId) as CommunityEvent;
      if (now > event.startsAt.getTime() - event.cancelDeadlineHours * 3_600_000) kept += 1;
      else if (await this.signups.release(registration, 'cancelled')) cancelled += 1;
    }
    return { seriesId, cancelled, kept };
  }

  private async mine(seriesId: string, memberId: string, now: Date): Promise<SeriesSignupResult> {
    const live = await this.series.findLiveAhead(seriesId, memberId, now);
    const events = await this.events.findByIds(live.map((r) => r.eventId));
    return toSeriesSignupResult(
      seriesId,
      live.map((registration) => ({
        registration,
        event: events.find((e) => e.id === registration.eventId) as CommunityEvent,
      })),
    );
  }

  /** A series members can see: one with a published session (drafts and unknown ids are not there). */
  private async requirePublished(seriesId: string): Promise<void> {
    if (!(await this.series.hasPublished(seriesId))) {
      throw new DomainException(ErrorCode.EventNotFound, '系列活动不存在或已下线');
    }
  }
}
