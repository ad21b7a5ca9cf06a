import type {
  VolunteerCertificateView,
  VolunteerHoursAdjustmentView,
  VolunteerHoursEntry,
  VolunteerHoursPage,
} from '@tongxin/types';

import type { Checkin } from './checkin.entity';
import type { AdjustmentRow, VolunteerHoursRow, VolunteerTotals } from './repositories/volunteer-hours.repository';
import type { VolunteerCertificate } from './volunteer-certificate.entity';
import { hoursOf } from './volunteer-hours';
import type { VolunteerHours } from './volunteer-hours.entity';

/** A roster or offline-kit row with its 签退 time and counted minutes, when the registration has them. */
export function withVolunteerTime<T extends { registrationId: string }>(
  row: T,
  known: { checkins: Checkin[]; hours: VolunteerHours[] },
): T & { checkedOutAt: string | null; volunteerMinutes: number | null } {
  const out = known.checkins.find((c) => c.registrationId === row.registrationId)?.checkedOutAt ?? null;
  const counted = known.hours.find((h) => h.registrationId === row.registrationId);
  return { ...row, checkedOutAt: out ? out.toISOString() : null, volunteerMinutes: counted?.minutes ?? null };
}

export function toVolunteerHoursEntry(row: VolunteerHoursRow): VolunteerHoursEntry {
  return {
    id: row.id,
    registrationId: row.registrationId,
    memberId: row.memberId,
    eventId: row.eventId,
    eventTitle: row.eventTitle,
    venue: row.venue,
    placeName: row.placeName,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    checkedInAt: row.checkedInAt ? row.checkedInAt.toISOString() : null,
    checkedOutAt: row.checkedOutAt ? row.checkedOutAt.toISOString() : null,
    minutes: row.minutes,
    hours: hoursOf(row.minutes),
    points: row.pointsPaid,
    adjusted: row.adjustmentReason !== null,
    adjustmentReason: row.adjustmentReason,
  };
}

export function toVolunteerHoursPage(page: {
  rows: VolunteerHoursRow[];
  totals: VolunteerTotals;
  query: { page: number; pageSize: number };
}): VolunteerHoursPage {
  const { rows, totals, query } = page;
  return {
    items: rows.map(toVolunteerHoursEntry),
    page: query.page,
    pageSize: query.pageSize,
    total: totals.count,
    hasMore: query.page * query.pageSize < totals.count,
    totalMinutes: totals.minutes,
    totalHours: hoursOf(totals.minutes),
    totalPoints: totals.points,
  };
}

export function toAdjustmentView(row: AdjustmentRow): VolunteerHoursAdjustmentView {
  const a = row.adjustment;
  return {
    id: a.id,
    registrationId: a.registrationId,
    memberId: a.memberId,
    minutesBefore: a.minutesBefore,
    minutesAfter: a.minutesAfter,
    pointsDelta: a.pointsDelta,
    reason: a.reason,
    actorId: a.actorId,
    actorName: row.actorName,
    createdAt: a.createdAt.toISOString(),
  };
}

/**
 * An ID document number as a certificate prints it: the first three and last four characters, the rest starred
 * (150***********1234). The full number is masked here, before anything is stored.
 */
export function maskIdNumber(idNumber: string): string {
  const text = idNumber.trim().toUpperCase();
  if (text.length <= 7) return `${text.slice(0, 1)}${'*'.repeat(Math.max(0, text.length - 1))}`;
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}

export function toCertificateView(certificate: VolunteerCertificate): VolunteerCertificateView {
  return {
    id: certificate.id,
    recordNumber: certificate.recordNumber,
    memberId: certificate.memberId,
    volunteerName: certificate.volunteerName,
    idNumberMasked: certificate.idNumberMasked,
    communityId: certificate.communityId,
    issuingOrganisation: certificate.issuingOrganisation,
    items: certificate.items.map((item) => ({ ...item, hours: hoursOf(item.minutes) })),
    totalMinutes: certificate.totalMinutes,
    totalHours: hoursOf(certificate.totalMinutes),
    periodFrom: certificate.periodFrom,
    periodTo: certificate.periodTo,
    issuedByName: certificate.issuedByName,
    issuedAt: certificate.issuedAt.toISOString(),
    contact: certificate.contact,
  };
}
