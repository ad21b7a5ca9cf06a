import type { PageQuery } from './pagination';
import type { PhotoView } from './reports';

/** 帮扶台账 categories every community starts with; staff add their own. `visitDays`: how often to visit. */
export const DEFAULT_CARE_CATEGORIES: { key: string; name: string; visitDays: number }[] = [
  { key: 'dibao', name: '低保', visitDays: 30 },
  { key: 'tekun', name: '特困', visitDays: 14 },
  { key: 'disabled', name: '残疾', visitDays: 30 },
  { key: 'elder_alone', name: '独居/空巢老人', visitDays: 7 },
  { key: 'left_behind_child', name: '留守儿童', visitDays: 14 },
  { key: 'migrant', name: '流动人口', visitDays: 60 },
  { key: 'jobless', name: '待业', visitDays: 30 },
];

export interface CareCategoryView {
  id: string;
  key: string;
  name: string;
  visitDays: number;
}

export interface CreateCareCategoryRequest {
  communityId: string;
  name: string;
  visitDays: number;
}

/** Who gave consent to be on the register (PIPL art. 28), and when. */
export const CareConsentBy = { Self: 'self', Guardian: 'guardian' } as const;
export type CareConsentBy = (typeof CareConsentBy)[keyof typeof CareConsentBy];

export interface CareHelperInput {
  /** A member (party member, volunteer) paired one to one; or just a name, e.g. a co-building unit's contact. */
  memberId?: string;
  name?: string;
}

export interface CreateCareRecordRequest {
  gridId: string;
  buildingId?: string;
  /** 门牌, e.g. 2单元301. */
  household: string;
  personName: string;
  phone?: string;
  /** The member's account, when they have one (平安打卡 needs it). */
  memberId?: string;
  categoryIds: string[];
  needs: string;
  situation?: string;
  helper?: CareHelperInput;
  /** The next review (复核) date, `YYYY-MM-DD`. */
  reviewOn?: string;
  consentBy: CareConsentBy;
  /** `YYYY-MM-DD`. */
  consentOn: string;
  /** 平安打卡: the member taps once a day; a missed day tells the helper, two become a door-knock order. */
  safetyCheck?: boolean;
}

export type UpdateCareRecordRequest = Partial<Omit<CreateCareRecordRequest, 'gridId' | 'consentBy' | 'consentOn'>>;

export interface CloseCareRecordRequest {
  reason: string;
}

export interface CareRecordSummary {
  id: string;
  gridName: string;
  household: string;
  /** Masked in lists (王*兰); the full name on the record page. */
  personName: string;
  categories: string[];
  responsibleName: string | null;
  nextVisitDue: string | null;
  /** Days past the visit interval; 0 when not overdue. */
  overdueDays: number;
  status: 'active' | 'closed';
  safetyCheck: boolean;
}

export interface CareRecordChangeView {
  at: string;
  actorName: string | null;
  /** Field names that changed; sensitive fields are named, never their values. */
  fields: string[];
  action: 'created' | 'updated' | 'closed' | 'anonymised';
}

export interface CareVisitView {
  id: string;
  visitedAt: string;
  visitorName: string | null;
  findings: string;
  photos: PhotoView[];
  /** Rounded to about 100 m. */
  location: { lng: number; lat: number } | null;
  /** The need or order a follow-up became. */
  followUpReportId: string | null;
}

export interface CareRecordView {
  id: string;
  communityId: string;
  gridId: string;
  gridName: string;
  buildingId: string | null;
  buildingName: string | null;
  household: string;
  personName: string;
  phone: string | null;
  memberId: string | null;
  categories: CareCategoryView[];
  needs: string;
  situation: string | null;
  responsible: { id: string; name: string } | null;
  helper: { memberId: string | null; name: string } | null;
  reviewOn: string | null;
  consent: { by: CareConsentBy; on: string };
  status: 'active' | 'closed';
  closedReason: string | null;
  safetyCheck: boolean;
  lastSafeDay: string | null;
  nextVisitDue: string | null;
  overdueDays: number;
  visits: CareVisitView[];
  history: CareRecordChangeView[];
  createdAt: string;
}

export interface ListCareRecordsQuery extends PageQuery {
  gridId?: string;
  communityId?: string;
  status?: 'active' | 'closed';
  /** Only records whose visit is due or overdue. */
  due?: boolean;
}

export interface LogCareVisitRequest {
  /** ISO time; now when absent. */
  visitedAt?: string;
  findings: string;
  photoIds?: string[];
  lng?: number;
  lat?: number;
}

/** A follow-up from a visit becomes a need (帮办代办) in the household's grid, filed by the visitor. */
export interface CareFollowUpRequest {
  categoryId: string;
  text: string;
}

/** 平安打卡: the member's own state for today. */
export interface SafetyCheckView {
  enrolled: boolean;
  /** `YYYY-MM-DD` (China) of the last 平安打卡. */
  lastDay: string | null;
  checkedToday: boolean;
}

/** 日常巡查: a grid worker walks a route and notes what they see; each note can become a report in one tap. */
export interface StartPatrolRequest {
  gridId: string;
  note?: string;
}

export interface PatrolObservationRequest {
  text: string;
  photoIds?: string[];
  lng?: number;
  lat?: number;
}

export interface PatrolObservationView {
  id: string;
  at: string;
  text: string;
  photos: PhotoView[];
  location: { lng: number; lat: number } | null;
  reportId: string | null;
}

export interface PatrolView {
  id: string;
  gridId: string;
  gridName: string;
  workerName: string;
  note: string | null;
  startedAt: string;
  endedAt: string | null;
  observations: PatrolObservationView[];
}

export interface PatrolSummary {
  id: string;
  gridName: string;
  workerName: string;
  startedAt: string;
  endedAt: string | null;
  observationCount: number;
  reportCount: number;
}

/** An observation becomes a report (随手拍) or need in the grid, filed by the patroller. */
export interface ObservationReportRequest {
  categoryId: string;
  /** A building of the grid, when the observation has no position inside it. */
  buildingId?: string;
}

/** 就业帮扶 */
export const JobServiceKind = { Training: 'training', Guidance: 'guidance', Referral: 'referral' } as const;
export type JobServiceKind = (typeof JobServiceKind)[keyof typeof JobServiceKind];
export const JOB_SERVICE_KIND_LABEL: Record<JobServiceKind, string> = {
  training: '技能培训',
  guidance: '职业指导',
  referral: '岗位推荐',
};
export const JobOutcome = { Pending: 'pending', Attended: 'attended', Hired: 'hired', Declined: 'declined' } as const;
export type JobOutcome = (typeof JobOutcome)[keyof typeof JobOutcome];
export const JOB_OUTCOME_LABEL: Record<JobOutcome, string> = {
  pending: '待反馈',
  attended: '已参加',
  hired: '已录用',
  declined: '未接受',
};

export interface CreateJobSeekerRequest {
  gridId: string;
  /** The 帮扶台账 record they belong to, if any. */
  careRecordId?: string;
  name: string;
  phone?: string;
  skills: string;
  wishes: string;
}

export interface RecordJobServiceRequest {
  kind: JobServiceKind;
  /** 育婴师培训, 超市收银员岗位 … */
  title: string;
  /** Who provides it: staff, or a co-building unit by name. */
  provider: string;
  /** `YYYY-MM-DD`. */
  on: string;
}

export interface RecordJobOutcomeRequest {
  outcome: Exclude<JobOutcome, 'pending'>;
  note?: string;
}

export interface JobServiceView {
  id: string;
  kind: JobServiceKind;
  title: string;
  provider: string;
  on: string;
  outcome: JobOutcome;
  outcomeNote: string | null;
}

export interface JobSeekerView {
  id: string;
  gridId: string;
  gridName: string;
  careRecordId: string | null;
  name: string;
  phone: string | null;
  skills: string;
  wishes: string;
  status: 'seeking' | 'employed';
  services: JobServiceView[];
  createdAt: string;
}

export interface JobSeekerSummary {
  id: string;
  gridName: string;
  /** Masked. */
  name: string;
  skills: string;
  wishes: string;
  status: 'seeking' | 'employed';
  lastService: string | null;
}
