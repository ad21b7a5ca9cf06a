import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type EventSeriesView,
  EventStatus,
  FlaggableKind,
  MAX_SERIES_SESSIONS,
  type Page,
  type SeriesSessionSummary,
} from '@tongxin/types';

import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { CHINA_OFFSET_MS } from '../../../infra/time/china-time';
import type { Caller } from '../../access/authorize.decorator';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
import { PlacesRepository } from '../../places/places.repository';
import type { CreateEventSeriesDto } from '../dto/event-series.dto';
import { CommunityEvent } from '../event.entity';
import { EventSeries } from '../event-series.entity';
import { toEventSeriesView, toSeriesSessionSummary } from '../events.mapper';
import { EventSeriesRepository } from '../repositories/event-series.repository';
import { planWeekly } from '../series-schedule';

const DAY_MS = 24 * 3600_000;

/** Organizers make a weekly series in one go (every session an event, drafts until published) and read it back. */
@Injectable()
export class EventSeriesService {
  constructor(
    private readonly series: EventSeriesRepository,
    private readonly places: PlacesRepository,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
  ) {}

  async create(caller: Caller, body: CreateEventSeriesDto): Promise<EventSeriesView> {
    const place = await this.places.findActiveById(body.placeId);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw invalid('endsAt', '结束时间必须晚于开始时间');
    const { until } = body.recurrence;
    if (until !== undefined && new Date(`${until}T00:00:00Z`).toISOString().slice(0, 10) !== until) {
      throw invalid('recurrence.until', '没有这一天');
    }
    const plan = planWeekly({ startsAt, endsAt, ...body.recurrence, max: MAX_SERIES_SESSIONS });
    if ('error' in plan) {
      throw plan.error === 'empty'
        ? invalid('recurrence', '按这个规则没有一场活动，请检查星期和截止日期')
        : invalid('recurrence', `一个系列最多 ${MAX_SERIES_SESSIONS} 场`);
    }
    // Sign-up closes as long before every session as it does before the first one written.
    const closeLead = body.signupClosesAt ? startsAt.getTime() - new Date(body.signupClosesAt).getTime() : null;
    if (closeLead !== null && closeLead < 0) throw invalid('signupClosesAt', '报名截止不能晚于活动开始');
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [body.title, body.description, body.venue],
      scene: 3,
      placePath: place.path,
    });
    const sessions = plan.sessions;
    const first = sessions[0]!.startsAt;
    const series = Object.assign(new EventSeries(), {
      id: newId(),
      placeId: place.id,
      title: body.title,
      type: body.type,
      weekdays: [...body.recurrence.weekdays].sort((a, b) => a - b).join(','),
      startMinute: Math.round(((first.getTime() + CHINA_OFFSET_MS) % DAY_MS) / 60_000),
      durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
      sessionCount: sessions.length,
      firstStartsAt: first,
      lastStartsAt: sessions[sessions.length - 1]!.startsAt,
      organizerId: caller.userId,
    });
    const events = sessions.map((times, i) =>
      Object.assign(new CommunityEvent(), {
        id: newId(),
        placeId: place.id,
        title: body.title,
        type: body.type,
        description: body.description,
        venue: body.venue,
        startsAt: times.startsAt,
        endsAt: times.endsAt,
        capacity: body.capacity,
        pointsReward: body.pointsReward,
        status: EventStatus.Draft,
        coverUrl: body.coverUrl ?? null,
        signupOpensAt: body.signupOpensAt ? new Date(body.signupOpensAt) : null,
        signupClosesAt: closeLead === null ? null : new Date(times.startsAt.getTime() - closeLead),
        needsApproval: body.needsApproval ?? false,
        cancelDeadlineHours: body.cancelDeadlineHours ?? 2,
        confirmedCount: 0,
        waitingSeq: 0,
        organizerId: caller.userId,
        seriesId: series.id,
        seriesIndex: i + 1,
      }),
    );
    await this.series.transaction(async (manager) => {
      await this.series.insert(series, manager);
      await this.series.insertSessions(events, manager);
      for (const event of events) {
        await this.moderation.holdIfNeeded(
          {
            kind: FlaggableKind.Event,
            recordId: event.id,
            placeId: place.id,
            authorId: caller.userId,
            excerpt: `${body.title}：${body.description}`,
            verdict,
          },
          manager,
        );
      }
    });
    return this.view(series.id);
  }

  async view(id: string): Promise<EventSeriesView> {
    const series = await this.require(id);
    const [place, counts] = await Promise.all([
      this.places.findActiveById(series.placeId),
      this.series.countByStatus(series.id),
    ]);
    return toEventSeriesView({ series, placeName: place?.name ?? '', counts });
  }

  async sessions(id: string, query: PageQueryDto): Promise<Page<SeriesSessionSummary>> {
    await this.require(id);
    const { rows, total } = await this.series.findSessions(id, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toSeriesSessionSummary), total, query);
  }

  /** Publishes every draft session at once (sessions already published or cancelled stay as they are). */
  async publish(id: string): Promise<EventSeriesView> {
    await this.require(id);
    if ((await this.series.publishDrafts(id)) === 0) throw new DomainException(ErrorCode.Conflict, '没有待发布的场次');
    return this.view(id);
  }

  private async require(id: string): Promise<EventSeries> {
    const series = await this.series.findById(id);
    if (!series) throw new DomainException(ErrorCode.EventNotFound, '系列活动不存在');
    return series;
  }
}

function invalid(field: string, message: string): DomainException {
  return new DomainException(ErrorCode.ValidationFailed, message, [{ field, problems: [message] }]);
}
