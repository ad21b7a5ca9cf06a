import { Injectable } from '@nestjs/common';
import { verifyTicket } from '@tongxin/tickets';
import { ScanOutcome, type ScanRequest, type ScanResult } from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../../infra/database/db-errors';
import type { Caller } from '../../access/authorize.decorator';
import type { Checkin } from '../checkin.entity';
import { admitMovedTicket, type CheckinWindow, checkinWindow } from '../checkin-window';
import { type DecryptPhone, toAttendee, toScanResult } from '../events.mapper';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours.repository';
import { Scan } from '../scan.entity';
import { TicketKeys } from '../ticket-keys';

/** A scan as the door made it: who, at which event, with which nonce, when. */
export interface DoorScan {
  caller: Caller;
  eventId: string;
  nonce: string;
  scannedAt: Date;
}

/** What a scan is answered with (and, for a retry of its nonce, answered with again). */
export interface ScanAnswer {
  nonce: string;
  outcome: ScanOutcome;
  registrationId: string | null;
  checkin: Checkin | null;
  review: boolean;
}

/** A ticket that is genuine, of this event and within its window: whose registration it is, and the door's scan. */
export interface AdmittedTicket {
  door: DoorScan;
  registrationId: string;
}

/** Outcomes of a ticket of this event that counts: the door sees whose it is. */
const SHOWS_ATTENDEE: ScanOutcome[] = [
  ScanOutcome.CheckedIn,
  ScanOutcome.AlreadyCheckedIn,
  ScanOutcome.CheckedOut,
  ScanOutcome.AlreadyCheckedOut,
  ScanOutcome.NotCheckedIn,
  ScanOutcome.CheckoutBeforeCheckin,
];

const CHECKOUT_OUTCOMES: ScanOutcome[] = [
  ScanOutcome.CheckedOut,
  ScanOutcome.AlreadyCheckedOut,
  ScanOutcome.CheckoutBeforeCheckin,
];

/**
 * What check-in and 签退 share at the door: the ticket's signature and window, every scan kept by its event and
 * nonce (a retry of the same nonce gets the first answer back), and the answer as the scanner shows it.
 */
@Injectable()
export class DoorScansService {
  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly events: EventsRepository,
    private readonly hours: VolunteerHoursRepository,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
    private readonly keys: TicketKeys,
  ) {}

  private readonly decrypt: DecryptPhone = (cipher) => this.cipher.decrypt(cipher);

  /** The first answer to this nonce at this event, if it has been answered. */
  async earlier(eventId: string, nonce: string): Promise<ScanResult | null> {
    const scan = await this.checkins.findScan(eventId, nonce);
    return scan ? this.replay(scan) : null;
  }

  /**
   * Checks the ticket: an online scan is judged at the server's time, an offline upload at the scanner's. A ticket
   * that does not count is recorded and answered here; one that does comes back for the caller to act on.
   */
  async admit(scan: {
    caller: Caller;
    eventId: string;
    request: ScanRequest;
    method: 'online' | 'offline';
  }): Promise<AdmittedTicket | ScanResult> {
    const { caller, eventId, request, method } = scan;
    const scannedAt = request.scannedAt ? new Date(request.scannedAt) : new Date();
    const at = method === 'offline' ? scannedAt : new Date();
    const check = await admitMovedTicket(verifyTicket(request.ticket, this.keys.verify, at), {
      eventId,
      at,
      currentWindow: () => this.currentWindow(eventId),
    });
    const door: DoorScan = { caller, eventId, nonce: request.nonce, scannedAt };
    if (!check.ok) {
      const outcome =
        check.reason === 'bad_signature' || check.reason === 'malformed'
          ? ScanOutcome.Invalid
          : ScanOutcome.OutsideWindow;
      return this.record({ ...door, registrationId: null, outcome });
    }
    const { registrationId } = check.claims;
    if (check.claims.eventId !== eventId)
      return this.record({ ...door, registrationId, outcome: ScanOutcome.WrongEvent });
    return { door, registrationId };
  }

  /** The event's check-in window as the event stands now; null when there is no such event. */
  async currentWindow(eventId: string): Promise<CheckinWindow | null> {
    const event = await this.events.findById(eventId);
    return event ? checkinWindow(event, this.config.tickets.windowMinutes) : null;
  }

  /** Stores a scan that changed nothing (a bad, revoked or foreign ticket, a refused 签退) and answers it. */
  async record(
    refusal: DoorScan & {
      registrationId: string | null;
      outcome: ScanOutcome;
      checkin?: Checkin | null;
      review?: boolean;
    },
  ): Promise<ScanResult> {
    const { caller, eventId, nonce, scannedAt, registrationId, outcome } = refusal;
    const checkin = refusal.checkin ?? null;
    const review = refusal.review ?? false;
    try {
      await this.checkins.transaction((manager) =>
        this.checkins.insertScan(
          Object.assign(new Scan(), {
            nonce,
            eventId,
            registrationId,
            scannerId: caller.userId,
            outcome,
            checkinId: checkin?.id ?? null,
            needsReview: review,
            scannedAt,
          }),
          manager,
        ),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.checkins.findScan(eventId, nonce);
      if (first) return this.replay(first);
    }
    return this.result({ nonce, outcome, registrationId, checkin, review });
  }

  async replay(scan: Scan): Promise<ScanResult> {
    const checkin = scan.checkinId ? await this.checkins.findCheckin(scan.checkinId) : null;
    return this.result({
      nonce: scan.nonce,
      outcome: scan.outcome as ScanOutcome,
      registrationId: scan.registrationId,
      checkin,
      review: scan.needsReview,
    });
  }

  /** The answer as the scanner shows it; a 签退's carries its time and the minutes counted. */
  async result(answer: ScanAnswer): Promise<ScanResult> {
    const { outcome, registrationId, checkin } = answer;
    const attendee =
      registrationId && SHOWS_ATTENDEE.includes(outcome)
        ? toAttendee(await this.signups.findAttendee(registrationId), this.decrypt)
        : null;
    const scanner = checkin ? await this.checkins.nickname(checkin.scannerId) : null;
    const base = toScanResult({ ...answer, attendee, scannerName: scanner?.nickname ?? null });
    if (!CHECKOUT_OUTCOMES.includes(outcome) || !registrationId) return base;
    const counted = await this.hours.findByRegistration(registrationId);
    return {
      ...base,
      checkedOutAt: checkin?.checkedOutAt ? checkin.checkedOutAt.toISOString() : null,
      volunteerMinutes: counted?.minutes ?? null,
    };
  }
}
