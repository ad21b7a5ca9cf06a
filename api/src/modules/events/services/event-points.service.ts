import { Injectable } from '@nestjs/common';
import { PointsSource } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { AccessService } from '../../access/access.service';
import { Permission } from '../../access/permissions';
import { PlacesRepository } from '../../places/places.repository';
import { LedgerService, type PreparedAward } from '../../points/ledger.service';
import { PointsRepository } from '../../points/points.repository';
import { UsersRepository } from '../../users/users.repository';
import type { CommunityEvent } from '../event.entity';
import { volunteerPoints } from '../volunteer-hours';

/** An award made ready outside the transaction that pays it, with what a refused one should be logged with. */
export interface EventAward {
  award: PreparedAward;
  context: Record<string, unknown>;
}

/**
 * What events pay into the points ledger: attendance (the event's own reward) and volunteer hours (the community's
 * `volunteer_hours` rule, points per hour). Nobody is paid by an event they run: its creator and anyone holding
 * event rights on its place are not paid for attending or for their hours there (their hours are still counted).
 */
@Injectable()
export class EventPointsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly points: PointsRepository,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly logger: PinoLogger,
  ) {}

  /**
   * The community an event pays `memberId` in, or null when it pays them nothing: they run it, or it is a
   * street-wide event and they have no home community.
   */
  async payeeCommunity(event: CommunityEvent, memberId: string): Promise<string | null> {
    if (event.organizerId === memberId) return null;
    const place = await this.places.findActiveById(event.placeId);
    if (!place || this.access.allows(await this.access.grantsOf(memberId), Permission.EventManage, place.path)) {
      return null;
    }
    return place.path.split('/')[1] || (await this.homeCommunityOf(memberId));
  }

  /**
   * The event's reward for this attendee, checked and made ready; null when it pays nothing. The key is the event and
   * the member, so attendance pays once whatever happens to sign-ups (cancelled after check-in, signed up again).
   */
  async prepareAttendance(event: CommunityEvent, memberId: string): Promise<EventAward | null> {
    if (event.pointsReward <= 0) return null;
    const communityId = await this.payeeCommunity(event, memberId);
    if (!communityId) return null;
    return this.prepare(
      {
        memberId,
        source: PointsSource.EventAttended,
        sourceId: event.id,
        idempotencyKey: `event-attended:${event.id}:${memberId}`,
        communityId,
        points: event.pointsReward,
      },
      { eventId: event.id, memberId, what: 'attendance' },
    );
  }

  /** The `volunteer_hours` rule's points per hour in a community; 0 while the rule is switched off. */
  async pointsPerHour(communityId: string): Promise<number> {
    const rule = await this.ledger.ruleFor(communityId, PointsSource.VolunteerHours);
    return rule.enabled ? rule.points : 0;
  }

  /**
   * Points for `minutes` of service made ready under `idempotencyKey` — one key per registration for the first
   * payment, one per adjustment for a difference — so no retry, second scanner or re-upload pays twice.
   */
  async prepareVolunteer(pay: {
    memberId: string;
    eventId: string;
    communityId: string;
    points: number;
    idempotencyKey: string;
    actorId: string;
    reason: string | null;
  }): Promise<EventAward | null> {
    if (pay.points <= 0) return null;
    return this.prepare(
      {
        memberId: pay.memberId,
        source: PointsSource.VolunteerHours,
        sourceId: pay.eventId,
        idempotencyKey: pay.idempotencyKey,
        communityId: pay.communityId,
        points: pay.points,
        actorId: pay.actorId,
        reason: pay.reason,
      },
      { eventId: pay.eventId, memberId: pay.memberId, what: 'volunteer hours' },
    );
  }

  /**
   * What `minutes` are worth for this member at this event, and where: no community when the rule pays them nothing
   * (they run it, or the rule is switched off), and then no points move either way.
   */
  async volunteerWorth(
    event: CommunityEvent,
    memberId: string,
    minutes: number,
  ): Promise<{ communityId: string | null; points: number }> {
    const communityId = await this.payeeCommunity(event, memberId);
    const perHour = communityId ? await this.pointsPerHour(communityId) : 0;
    if (!communityId || perHour === 0) return { communityId: null, points: 0 };
    return { communityId, points: volunteerPoints(minutes, perHour) };
  }

  /**
   * Pays inside the caller's transaction, behind a savepoint: a refusal (a cap reached) leaves the caller's change
   * standing and pays 0. A key that has paid answers what it paid, and pays nothing more.
   */
  async payIn(manager: EntityManager, prepared: EventAward | null): Promise<number> {
    if (!prepared) return 0;
    const { award, context } = prepared;
    try {
      const entry = await manager.transaction((inner) => this.ledger.awardIn(inner, award));
      return entry.amount;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const first = await this.points.findEntryByKey(award.input.memberId, award.input.idempotencyKey, manager);
        return first?.amount ?? 0;
      }
      this.logger.warn({ err: error, ...context }, 'event points not paid');
      return 0;
    }
  }

  /** Takes back up to `points` of a volunteer's hours payment (what they have spent stays spent); returns −taken. */
  async clawBackIn(
    manager: EntityManager,
    back: {
      memberId: string;
      eventId: string;
      communityId: string;
      points: number;
      idempotencyKey: string;
      actorId: string;
      reason: string;
    },
  ): Promise<number> {
    const entry = await this.ledger.clawBackIn(manager, {
      memberId: back.memberId,
      amount: back.points,
      source: PointsSource.VolunteerHours,
      sourceId: back.eventId,
      idempotencyKey: back.idempotencyKey,
      communityId: back.communityId,
      actorId: back.actorId,
      reason: back.reason,
    });
    return entry?.amount ?? 0;
  }

  private async prepare(
    input: Parameters<LedgerService['prepareAward']>[0],
    context: Record<string, unknown>,
  ): Promise<EventAward | null> {
    try {
      return { award: await this.ledger.prepareAward(input), context };
    } catch (error) {
      this.logger.warn({ err: error, ...context }, 'event points not paid');
      return null;
    }
  }

  /** Street-wide events pay in the member's own community. */
  private async homeCommunityOf(memberId: string): Promise<string | null> {
    const member = await this.users.findActiveById(memberId);
    if (!member?.homePlaceId) return null;
    const home = await this.places.findActiveById(member.homePlaceId);
    return home?.path.split('/')[1] || null;
  }
}
