import { Injectable } from '@nestjs/common';
import { toBase64Url, verifyTicket } from '@tongxin/tickets';
import {
  type DependentInput,
  ErrorCode,
  type OfflineKit,
  PointsSource,
  type RosterEntry,
  ScanOutcome,
  type ScanRequest,
  type ScanResult,
} from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import { maskPhone, PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { toDate } from '../../infra/database/raw';
import { DomainException } from '../../infra/http/domain.exception';
import type { Caller } from '../access/authorize.decorator';
import { PlacesRepository } from '../places/places.repository';
import { LedgerService, type PreparedAward } from '../points/ledger.service';
import { UsersRepository } from '../users/users.repository';
import { attendanceRows } from './attendance-export';
import { Checkin } from './checkin.entity';
import { checkinWindow } from './checkin-window';
import { CheckinsRepository } from './checkins.repository';
import { EventSignupsRepository } from './event-signups.repository';
import { Scan } from './scan.entity';
import { TicketKeys } from './ticket-keys';

class Retry extends Error {}

/**
 * Check-in at the door. A ticket is checked in at most once per event (a unique live key per registration),
 * whatever the number of scanners, retries (same nonce → same answer) or late offline uploads; attendance
 * points are paid once, after the check-in is recorded.
 */
@Injectable()
export class CheckinsService {
  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly ledger: LedgerService,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly keys: TicketKeys,
  ) {}

  /** One scan; `method` tells an online scan from a late offline upload (whose duplicates go to review). */
  async scan(caller: Caller, eventId: string, request: ScanRequest, method: 'online' | 'offline'): Promise<ScanResult> {
    const earlier = await this.checkins.findScan(request.nonce);
    if (earlier) return this.replay(earlier);
    const scannedAt = request.scannedAt ? new Date(request.scannedAt) : new Date();
    const at = method === 'offline' ? scannedAt : new Date();
    let check = verifyTicket(request.ticket, this.keys.verify, at);
    // A genuine ticket of this event made before the organizer moved it: judged by the event's times now.
    if (
      !check.ok &&
      'claims' in check &&
      check.claims.eventId === eventId &&
      (await this.withinEventWindow(eventId, at))
    ) {
      check = { ok: true, claims: check.claims };
    }
    if (!check.ok) {
      const outcome =
        check.reason === 'bad_signature' || check.reason === 'malformed'
          ? ScanOutcome.Invalid
          : ScanOutcome.OutsideWindow;
      return this.record(caller, eventId, request.nonce, scannedAt, null, outcome, null, false);
    }
    if (check.claims.eventId !== eventId) {
      return this.record(
        caller,
        eventId,
        request.nonce,
        scannedAt,
        check.claims.registrationId,
        ScanOutcome.WrongEvent,
        null,
        false,
      );
    }
    return this.checkIn(caller, eventId, check.claims.registrationId, request.nonce, scannedAt, method);
  }

  /** The event's check-in window as the event stands now; null when there is no such event. */
  private async currentWindow(eventId: string): Promise<{ from: Date; until: Date } | null> {
    const event = await this.signups.findEvent(eventId);
    return event ? checkinWindow(event, this.config.tickets.windowMinutes) : null;
  }

  private async withinEventWindow(eventId: string, at: Date): Promise<boolean> {
    const window = await this.currentWindow(eventId);
    return window !== null && at >= window.from && at <= window.until;
  }

  /** Manual check-in by name for someone without a phone. */
  manual(caller: Caller, eventId: string, registrationId: string, nonce: string): Promise<ScanResult> {
    return this.checkIn(caller, eventId, registrationId, nonce, new Date(), 'manual');
  }

  async undo(eventId: string, checkinId: string): Promise<void> {
    const checkin = await this.checkins.findCheckin(checkinId);
    if (!checkin || checkin.eventId !== eventId) throw new DomainException(ErrorCode.NotFound, '签到记录不存在');
    const after = new Date(Date.now() - this.config.tickets.undoMinutes * 60_000);
    if (!(await this.checkins.undo(checkinId, after))) {
      throw new DomainException(ErrorCode.UndoWindowPassed, `签到 ${this.config.tickets.undoMinutes} 分钟后不能撤销`);
    }
  }

  /** What a scanner needs to work without a network: the public key, the roster, the revoked tickets. */
  async offlineKit(eventId: string): Promise<OfflineKit> {
    const roster = await this.signups.findRoster(eventId);
    const window = await this.currentWindow(eventId);
    if (!window) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    return {
      eventId,
      publicKey: toBase64Url(this.keys.publicKey),
      roster: roster
        .filter((r) => r.status === 'confirmed')
        .map((r) => ({
          registrationId: String(r.registrationId),
          name: String(r.name),
          phone: this.masked(r.phoneCipher),
          dependents: deps(r.dependents),
          checkedInAt: r.checkedInAt ? toDate(r.checkedInAt).toISOString() : null,
        })),
      revoked: roster
        .filter((r) => r.status === 'cancelled' || r.status === 'rejected')
        .map((r) => String(r.registrationId)),
      checkinWindow: { from: window.from.toISOString(), until: window.until.toISOString() },
      generatedAt: new Date().toISOString(),
    };
  }

  /** The attendance table for export: every sign-up, no-shows marked once the event has ended. */
  async attendance(eventId: string) {
    const roster = await this.roster(eventId);
    const event = await this.signups.findEvent(eventId);
    const noShows = await this.signups.countNoShows([...new Set(roster.map((r) => r.memberId))], new Date());
    return attendanceRows(roster, noShows, Boolean(event && event.endsAt < new Date()));
  }

  async roster(eventId: string, q?: string): Promise<RosterEntry[]> {
    const rows = await this.signups.findRoster(eventId);
    return rows
      .filter((r) => !q || String(r.name).includes(q))
      .map((r) => ({
        registrationId: String(r.registrationId),
        memberId: String(r.memberId),
        name: String(r.name),
        phone: this.masked(r.phoneCipher),
        status: r.status as RosterEntry['status'],
        dependents: deps(r.dependents),
        checkinId: (r.checkinId as string | null) ?? null,
        checkedInAt: r.checkedInAt ? toDate(r.checkedInAt).toISOString() : null,
        checkedInBy: (r.checkedInBy as string | null) ?? null,
      }));
  }

  private async checkIn(
    caller: Caller,
    eventId: string,
    registrationId: string,
    nonce: string,
    scannedAt: Date,
    method: Checkin['method'],
  ): Promise<ScanResult> {
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId) {
      return this.record(caller, eventId, nonce, scannedAt, registrationId, ScanOutcome.Invalid, null, false);
    }
    if (registration.status !== 'confirmed') {
      return this.record(caller, eventId, nonce, scannedAt, registrationId, ScanOutcome.Revoked, null, false);
    }
    // Attendance points are readied before the transaction and paid inside it: one commit per scan.
    const live = await this.checkins.findLiveCheckin(registrationId);
    const attendance = live ? null : await this.prepareAttendance(eventId, registration.memberId, registrationId);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await this.checkins.transaction(async (manager) => {
          const existing = await this.checkins.findLiveCheckin(registrationId, manager);
          const checkin =
            existing ??
            Object.assign(new Checkin(), {
              id: newId(),
              eventId,
              registrationId,
              liveKey: registrationId,
              scannerId: caller.userId,
              method,
              scannedAt,
              recordedAt: new Date(),
              undoneAt: null,
            });
          if (!existing) {
            try {
              await this.checkins.insertCheckin(checkin, manager);
            } catch (error) {
              if (isUniqueViolation(error)) throw new Retry();
              throw error;
            }
          }
          const outcome = existing ? ScanOutcome.AlreadyCheckedIn : ScanOutcome.CheckedIn;
          // An offline upload that finds the ticket already in is kept for the organizer to review.
          const review = Boolean(existing) && method === 'offline';
          await this.checkins.insertScan(
            Object.assign(new Scan(), {
              nonce,
              eventId,
              registrationId,
              scannerId: caller.userId,
              outcome,
              checkinId: checkin.id,
              needsReview: review,
              scannedAt,
            }),
            manager,
          );
          if (outcome === ScanOutcome.CheckedIn && attendance)
            await this.payAttendance(manager, attendance, registrationId);
          return { checkin, outcome, review };
        });
        return this.result(nonce, result.outcome, registrationId, result.checkin, result.review);
      } catch (error) {
        if (error instanceof Retry && attempt < 2) continue;
        if (isUniqueViolation(error)) {
          const first = await this.checkins.findScan(nonce);
          if (first) return this.replay(first);
        }
        throw error;
      }
    }
  }

  /** The event's reward for this attendee, checked and made ready; null when it pays nothing. */
  private async prepareAttendance(
    eventId: string,
    memberId: string,
    registrationId: string,
  ): Promise<PreparedAward | null> {
    const event = await this.signups.findEvent(eventId);
    if (!event || event.pointsReward <= 0) return null;
    const communityId = (await this.communityOf(event.placeId)) ?? (await this.homeCommunityOf(memberId));
    if (!communityId) return null;
    try {
      return await this.ledger.prepareAward({
        memberId,
        source: PointsSource.EventAttended,
        sourceId: eventId,
        idempotencyKey: `event-attended:${registrationId}`,
        communityId,
        points: event.pointsReward,
      });
    } catch (error) {
      this.logger.warn({ err: error, registrationId }, 'attendance points not paid');
      return null;
    }
  }

  /**
   * Pays inside the check-in's transaction, behind a savepoint: a refusal (a cap reached) leaves the check-in
   * standing, and a key that has paid (checked in, undone, checked in again) pays nothing more.
   */
  private async payAttendance(manager: EntityManager, award: PreparedAward, registrationId: string): Promise<void> {
    try {
      await manager.transaction((inner) => this.ledger.awardIn(inner, award));
    } catch (error) {
      if (!isUniqueViolation(error)) this.logger.warn({ err: error, registrationId }, 'attendance points not paid');
    }
  }

  /** Points are paid in the event's community (a street-wide event pays in the street's first level down: none). */
  private async communityOf(placeId: string): Promise<string | null> {
    const place = await this.places.findActiveById(placeId);
    const community = place?.path.split('/')[1];
    return community || null;
  }

  /** Street-wide events pay in the attendee's own community. */
  private async homeCommunityOf(memberId: string): Promise<string | null> {
    const member = await this.users.findActiveById(memberId);
    return member?.homePlaceId ? this.communityOf(member.homePlaceId) : null;
  }

  private async record(
    caller: Caller,
    eventId: string,
    nonce: string,
    scannedAt: Date,
    registrationId: string | null,
    outcome: ScanOutcome,
    checkinId: string | null,
    review: boolean,
  ): Promise<ScanResult> {
    try {
      await this.checkins.transaction((manager) =>
        this.checkins.insertScan(
          Object.assign(new Scan(), {
            nonce,
            eventId,
            registrationId,
            scannerId: caller.userId,
            outcome,
            checkinId,
            needsReview: review,
            scannedAt,
          }),
          manager,
        ),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.checkins.findScan(nonce);
      if (first) return this.replay(first);
    }
    return this.result(nonce, outcome, registrationId, null, review);
  }

  private async replay(scan: Scan): Promise<ScanResult> {
    const checkin = scan.checkinId ? await this.checkins.findCheckin(scan.checkinId) : null;
    return this.result(scan.nonce, scan.outcome as ScanOutcome, scan.registrationId, checkin, scan.needsReview);
  }

  private async result(
    nonce: string,
    outcome: ScanOutcome,
    registrationId: string | null,
    checkin: Checkin | null,
    review: boolean,
  ): Promise<ScanResult> {
    let attendee: ScanResult['attendee'] = null;
    if (registrationId && (outcome === ScanOutcome.CheckedIn || outcome === ScanOutcome.AlreadyCheckedIn)) {
      const person = await this.signups.findAttendee(registrationId);
      attendee = {
        name: person?.name ?? '',
        phone: this.masked(person?.phoneCipher),
        dependents: deps(person?.dependents),
      };
    }
    const scanner = checkin ? await this.checkins.nickname(checkin.scannerId) : null;
    return {
      nonce,
      outcome,
      registrationId,
      attendee,
      checkedInAt: checkin ? checkin.scannedAt.toISOString() : null,
      checkedInBy: scanner?.nickname ?? null,
      needsReview: review,
    };
  }

  private masked(cipher: unknown): string | null {
    return typeof cipher === 'string' && cipher ? maskPhone(this.cipher.decrypt(cipher)) : null;
  }
}

function deps(value: unknown): DependentInput[] {
  if (!value) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as DependentInput[];
}
