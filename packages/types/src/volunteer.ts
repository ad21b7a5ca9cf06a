import type { Page, PageQuery } from './pagination';

/**
 * Volunteer hours (志愿服务时长): volunteer events scan in (签到) and out (签退); the service time is out − in, capped
 * at the event's length, counted in whole minutes and shown in hours to one decimal.
 */

/** One line of a member's 志愿服务记录: a volunteer event they served at. */
export interface VolunteerHoursEntry {
  id: string;
  registrationId: string;
  memberId: string;
  eventId: string;
  eventTitle: string;
  venue: string;
  /** The place that organised it (a community, or the street). */
  placeName: string;
  startsAt: string;
  endsAt: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  minutes: number;
  /** `minutes` in hours, one decimal. */
  hours: number;
  /** Points these hours paid, net of any adjustment (0 when the rule pays nothing, e.g. for its organizers). */
  points: number;
  /** The organizer changed the counted time; the latest reason. */
  adjusted: boolean;
  adjustmentReason: string | null;
}

/** A member's record, newest event first, with the totals over every page. */
export interface VolunteerHoursPage extends Page<VolunteerHoursEntry> {
  totalMinutes: number;
  totalHours: number;
  totalPoints: number;
}

/** Staff read a member's record before issuing a 志愿服务记录证明. */
export interface VolunteerHoursQuery extends PageQuery {
  memberId: string;
}

/** The organizer sets the counted time of one registration (a forgotten 签退, a wrong clock). */
export interface AdjustVolunteerHoursRequest {
  /** 0 … the event's length. */
  minutes: number;
  /** Why; the member sees it in their record. */
  reason: string;
}

export interface VolunteerHoursAdjustmentView {
  id: string;
  registrationId: string;
  memberId: string;
  minutesBefore: number;
  minutesAfter: number;
  /** Points paid (+) or taken back (−) by this adjustment. */
  pointsDelta: number;
  reason: string;
  actorId: string;
  actorName: string;
  createdAt: string;
}

/** A 志愿服务记录证明 asked by staff of the member's community, with what the national rules ask for. */
export interface IssueVolunteerCertificateRequest {
  memberId: string;
  /** The volunteer's real name, as on their ID (members are known by nickname). */
  volunteerName: string;
  /** Their ID document number: only its masked form is kept. */
  idNumber?: string;
  /** A phone number of the issuing office for checking the record. */
  contact: string;
  /** China dates (YYYY-MM-DD), both included; the whole record when left out. */
  from?: string;
  to?: string;
}

export interface VolunteerCertificateItem {
  eventId: string;
  eventTitle: string;
  /** The day of service (the event's start), ISO. */
  date: string;
  venue: string;
  organizer: string;
  minutes: number;
  hours: number;
}

export interface VolunteerCertificateView {
  id: string;
  /** 证明编号, e.g. ZYFW-20260214-7K3Q9X. */
  recordNumber: string;
  memberId: string;
  volunteerName: string;
  /** e.g. 150***********1234; null when none was given. */
  idNumberMasked: string | null;
  communityId: string;
  /** 出具组织: the community (and its street). */
  issuingOrganisation: string;
  items: VolunteerCertificateItem[];
  totalMinutes: number;
  totalHours: number;
  periodFrom: string | null;
  periodTo: string | null;
  /** 经办人. */
  issuedByName: string;
  issuedAt: string;
  contact: string;
}

export interface ListVolunteerCertificatesQuery extends PageQuery {
  communityId: string;
  memberId?: string;
}
