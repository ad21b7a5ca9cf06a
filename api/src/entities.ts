import { RoleGrant } from './modules/access/role-grant.entity';
import { OrderAlertMember } from './modules/alerts/order-alert-member.entity';
import { OrderExpiryAlert } from './modules/alerts/order-expiry-alert.entity';
import { AuditLog } from './modules/audit/audit-log.entity';
import { RefreshToken } from './modules/auth/refresh-token.entity';
import { SmsCode } from './modules/auth/sms-code.entity';
import { ResidenceBinding } from './modules/bindings/residence-binding.entity';
import { CareCategory } from './modules/care/entities/care-category.entity';
import { CareRecord } from './modules/care/entities/care-record.entity';
import { CareRecordChange } from './modules/care/entities/care-record-change.entity';
import { CareVisit } from './modules/care/entities/care-visit.entity';
import { SafetyCheckin } from './modules/care/entities/safety-checkin.entity';
import { JobSeeker } from './modules/care/jobs/job-seeker.entity';
import { JobService } from './modules/care/jobs/job-service.entity';
import { Patrol } from './modules/care/patrols/patrol.entity';
import { PatrolObservation } from './modules/care/patrols/patrol-observation.entity';
import { Consent } from './modules/consents/consent.entity';
import { Checkin } from './modules/events/checkin.entity';
import { CommunityEvent } from './modules/events/event.entity';
import { EventRating } from './modules/events/event-rating.entity';
import { EventSeries } from './modules/events/event-series.entity';
import { Registration } from './modules/events/registration.entity';
import { Scan } from './modules/events/scan.entity';
import { VolunteerCertificate } from './modules/events/volunteer-certificate.entity';
import { VolunteerHourAdjustment } from './modules/events/volunteer-hour-adjustment.entity';
import { VolunteerHours } from './modules/events/volunteer-hours.entity';
import { FamilyLink } from './modules/family/family-link.entity';
import { FigureRollup } from './modules/figures/figure-rollup.entity';
import { FigureRun } from './modules/figures/figure-run.entity';
import { ScorecardWeightsRow } from './modules/figures/scorecard-weights.entity';
import { Honour } from './modules/honours/honour.entity';
import { Household } from './modules/imports/entities/household.entity';
import { HouseholdResident } from './modules/imports/entities/household-resident.entity';
import { ImportRun } from './modules/imports/entities/import-run.entity';
import { MallItem } from './modules/mall/mall-item.entity';
import { MallMemberCount } from './modules/mall/mall-member-count.entity';
import { Redemption } from './modules/mall/redemption.entity';
import { MediationCase } from './modules/mediation/mediation-case.entity';
import { MediationSession } from './modules/mediation/mediation-session.entity';
import { ContentFlag } from './modules/moderation/entities/content-flag.entity';
import { MediaCheck } from './modules/moderation/entities/media-check.entity';
import { ModerationCase } from './modules/moderation/entities/moderation-case.entity';
import { ModerationWord } from './modules/moderation/entities/moderation-word.entity';
import { Notification } from './modules/notifications/notification.entity';
import { FollowUp } from './modules/orders/entities/follow-up.entity';
import { GridOrder } from './modules/orders/entities/grid-order.entity';
import { HandlerLoad } from './modules/orders/entities/handler-load.entity';
import { HandlerMonth } from './modules/orders/entities/handler-month.entity';
import { OrderHistory } from './modules/orders/entities/order-history.entity';
import { Report } from './modules/orders/entities/report.entity';
import { ReportCategory } from './modules/orders/entities/report-category.entity';
import { ReportMeToo } from './modules/orders/entities/report-me-too.entity';
import { Photo } from './modules/photos/photo.entity';
import { Place } from './modules/places/place.entity';
import { PlaceUnit } from './modules/places/place-unit.entity';
import { PendingAward } from './modules/points/pending-award.entity';
import { PointsAccount } from './modules/points/points-account.entity';
import { PointsCapCounter } from './modules/points/points-cap-counter.entity';
import { PointsEntry } from './modules/points/points-entry.entity';
import { PointsRule } from './modules/points/points-rule.entity';
import { PointsTally } from './modules/points/points-tally.entity';
import { RiderApplication } from './modules/rider-applications/rider-application.entity';
import { FreeWindowRow } from './modules/rider-routes/free-window.entity';
import { RiderRouteRow } from './modules/rider-routes/rider-route.entity';
import { RoutePlace } from './modules/rider-routes/route-place.entity';
import { User } from './modules/users/user.entity';

/** Every entity, for the data source (app, CLIs, tests) and the migration generator. Wired in at the root so `infra/` imports no feature. */
export const ENTITIES = [
  Place,
  PlaceUnit,
  User,
  RoleGrant,
  SmsCode,
  RefreshToken,
  ResidenceBinding,
  RiderApplication,
  AuditLog,
  Consent,
  CommunityEvent,
  EventSeries,
  PointsEntry,
  PointsAccount,
  PointsRule,
  PointsCapCounter,
  PointsTally,
  PendingAward,
  MallItem,
  Redemption,
  MallMemberCount,
  Honour,
  Photo,
  ReportCategory,
  Report,
  ReportMeToo,
  GridOrder,
  OrderHistory,
  HandlerLoad,
  HandlerMonth,
  FigureRollup,
  FigureRun,
  ScorecardWeightsRow,
  MediationCase,
  MediationSession,
  CareCategory,
  CareRecord,
  CareRecordChange,
  CareVisit,
  SafetyCheckin,
  Patrol,
  PatrolObservation,
  JobSeeker,
  JobService,
  FamilyLink,
  FollowUp,
  Notification,
  Registration,
  Checkin,
  Scan,
  EventRating,
  VolunteerHours,
  VolunteerHourAdjustment,
  VolunteerCertificate,
  ModerationCase,
  ContentFlag,
  ModerationWord,
  MediaCheck,
  OrderAlertMember,
  OrderExpiryAlert,
  RiderRouteRow,
  RoutePlace,
  FreeWindowRow,
  ImportRun,
  Household,
  HouseholdResident,
];
