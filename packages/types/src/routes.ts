import type { OrderActionName } from './reports';

/** Paths under the API prefix, shared by the API and the mini-app's endpoint files. */
export const API_PREFIX = 'api';

export const ApiRoute = {
  Health: 'health',
  Events: 'events',
  Event: (id: string) => `events/${encodeURIComponent(id)}`,
  /** Events of the places the caller manages, any status (organizers, staff). */
  ManagedEvents: 'events/managed',
  Places: 'places',
  ClientErrors: 'client-errors',
  Auth: {
    SmsSend: 'auth/sms/send',
    SmsLogin: 'auth/sms/login',
    WechatLogin: 'auth/wechat/login',
    WechatPhone: 'auth/wechat/phone',
    Refresh: 'auth/refresh',
    Logout: 'auth/logout',
    DemoAccounts: 'auth/demo-accounts',
    DemoLogin: 'auth/demo/login',
  },
  Me: 'me',
  /** GET the caller's consents (paged), POST agrees to documents in force. */
  MyConsents: 'me/consents',
  /** What the caller has agreed to against what is in force. */
  MyConsentStatus: 'me/consents/status',
  /** Public: the 隐私政策 and 用户协议 versions in force. */
  LegalVersions: 'legal/versions',
  MyBinding: 'me/binding',
  /** GET/PUT the caller's 接单提醒 settings (grid members). */
  MyOrderAlerts: 'me/order-alerts',
  /** The caller's 志愿服务记录 (paged, with totals) and the 志愿服务记录证明 issued to them. */
  MyVolunteerHours: 'me/volunteer-hours',
  MyVolunteerCertificates: 'me/volunteer-certificates',
  /** Staff: a member's 志愿服务记录 (`?memberId=`), before issuing a certificate. */
  VolunteerHours: 'volunteer-hours',
  /** Staff: POST issues a 志愿服务记录证明; GET lists a community's (`?communityId=`). */
  VolunteerCertificates: 'volunteer-certificates',
  /** One certificate (its volunteer or staff of its community); `Document` is the printable page. */
  VolunteerCertificate: (id: string) => `volunteer-certificates/${encodeURIComponent(id)}`,
  VolunteerCertificateDocument: (id: string) => `volunteer-certificates/${encodeURIComponent(id)}/document`,
  /** GET/PUT the caller's 我的顺路: route places and free times (those who may grab). */
  MyRoute: 'me/route',
  /** GET the grids the caller may put on the route (paged). */
  MyRouteGrids: 'me/route/grids',
  Bindings: 'bindings',
  BindingVerify: (id: string) => `bindings/${encodeURIComponent(id)}/verify`,
  BindingReject: (id: string) => `bindings/${encodeURIComponent(id)}/reject`,
  RiderApplications: 'rider-applications',
  MyRiderApplications: 'rider-applications/mine',
  RiderApplicationApprove: (id: string) => `rider-applications/${encodeURIComponent(id)}/approve`,
  RiderApplicationReject: (id: string) => `rider-applications/${encodeURIComponent(id)}/reject`,
  RiderApplicationRevoke: (id: string) => `rider-applications/${encodeURIComponent(id)}/revoke`,
  RoleGrants: 'role-grants',
  RoleGrant: (id: string) => `role-grants/${encodeURIComponent(id)}`,
  Members: 'members',
  /** POST: a member's full phone number, audited and counted as a write. */
  MemberPhoneReveal: (id: string) => `members/${encodeURIComponent(id)}/phone-reveal`,
  AuditLogs: 'audit-logs',
  /** 导入: GET lists past imports (paged, in the caller's places). */
  Imports: 'imports',
  Import: (id: string) => `imports/${encodeURIComponent(id)}`,
  /** The workbook to fill in, with a 说明 sheet. */
  ImportTemplate: (kind: string) => `imports/templates/${encodeURIComponent(kind)}.xlsx`,
  /** POST a workbook (multipart field `file`, `?scopeId=`): the report, nothing written. */
  ImportDryRun: (kind: string) => `imports/${encodeURIComponent(kind)}/dry-run`,
  /** POST the same: all rows written in one transaction, or none (422 with the report). */
  ImportApply: (kind: string) => `imports/${encodeURIComponent(kind)}/apply`,
  Place: (id: string) => `places/${encodeURIComponent(id)}`,
  PlaceLocate: 'places/locate',
  PlaceMove: (id: string) => `places/${encodeURIComponent(id)}/move`,
  PlaceRetire: (id: string) => `places/${encodeURIComponent(id)}/retire`,
  PlaceBoundary: (id: string) => `places/${encodeURIComponent(id)}/boundary`,
  /** Units on a place and on every place below it. */
  PlaceUnits: (placeId: string) => `places/${encodeURIComponent(placeId)}/units`,
  PlaceUnit: (id: string) => `place-units/${encodeURIComponent(id)}`,
  PlaceUnitRetire: (id: string) => `place-units/${encodeURIComponent(id)}/retire`,
  /** POST rates an event (participants); GET summarises its ratings (organizers). */
  EventRatings: (eventId: string) => `events/${encodeURIComponent(eventId)}/ratings`,
  /** An event as a member sees it, sign-up and tickets. */
  EventSignup: {
    View: (eventId: string) => `events/${encodeURIComponent(eventId)}/view`,
    Register: (eventId: string) => `events/${encodeURIComponent(eventId)}/registrations`,
    MyRegistrations: 'events/registrations/mine',
    CancelRegistration: (registrationId: string) => `events/registrations/${encodeURIComponent(registrationId)}/cancel`,
    Ticket: (registrationId: string) => `events/registrations/${encodeURIComponent(registrationId)}/ticket`,
  },
  /** Organizer actions on one event, check-in at the door included. */
  EventAdmin: {
    Publish: (eventId: string) => `events/${encodeURIComponent(eventId)}/publish`,
    Cancel: (eventId: string) => `events/${encodeURIComponent(eventId)}/cancel`,
    Roster: (eventId: string) => `events/${encodeURIComponent(eventId)}/roster`,
    ApproveRegistration: (eventId: string, registrationId: string) =>
      `events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registrationId)}/approve`,
    RejectRegistration: (eventId: string, registrationId: string) =>
      `events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registrationId)}/reject`,
    OfflineKit: (eventId: string) => `events/${encodeURIComponent(eventId)}/offline-kit`,
    Checkins: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkins`,
    CheckinsBatch: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkins/batch`,
    CheckinManual: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkins/manual`,
    Checkin: (eventId: string, checkinId: string) =>
      `events/${encodeURIComponent(eventId)}/checkins/${encodeURIComponent(checkinId)}`,
    AttendanceCsv: (eventId: string) => `events/${encodeURIComponent(eventId)}/attendance.csv`,
    /** The same table as an Excel workbook; WeChat's document viewer opens it on the phone. */
    AttendanceXlsx: (eventId: string) => `events/${encodeURIComponent(eventId)}/attendance.xlsx`,
    /** POST: a notice to everyone confirmed (and, if asked, waiting). */
    Messages: (eventId: string) => `events/${encodeURIComponent(eventId)}/messages`,
    /** 签退 at a volunteer event: one scan, an offline scanner's upload, by name. */
    Checkouts: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkouts`,
    CheckoutsBatch: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkouts/batch`,
    CheckoutManual: (eventId: string) => `events/${encodeURIComponent(eventId)}/checkouts/manual`,
    /** POST adjusts a registration's service time (with a reason); GET lists its adjustments (paged). */
    HourAdjustments: (eventId: string, registrationId: string) =>
      `events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registrationId)}/hour-adjustments`,
    /** PATCH: 编辑本场及以后 (this session of a series and every later live one). */
    UpdateFollowing: (eventId: string) => `events/${encodeURIComponent(eventId)}/following`,
    /** POST: cancels this session of a series and every later live one. */
    CancelFollowing: (eventId: string) => `events/${encodeURIComponent(eventId)}/cancel-following`,
  },
  /** Weekly series of events (红石榴课堂 every Tuesday): POST creates one with its sessions. */
  EventSeries: {
    Collection: 'event-series',
    Series: (seriesId: string) => `event-series/${encodeURIComponent(seriesId)}`,
    Sessions: (seriesId: string) => `event-series/${encodeURIComponent(seriesId)}/sessions`,
    /** POST: publishes every draft session. */
    Publish: (seriesId: string) => `event-series/${encodeURIComponent(seriesId)}/publish`,
    /** POST: 报名全部场次 — a sign-up in every session ahead that takes sign-ups now. */
    Register: (seriesId: string) => `event-series/${encodeURIComponent(seriesId)}/registrations`,
    /** POST: cancels the caller's sign-ups in the sessions ahead. */
    CancelRegistrations: (seriesId: string) => `event-series/${encodeURIComponent(seriesId)}/registrations/cancel`,
  },
  Points: {
    Balance: 'points/me',
    MyEntries: 'points/me/entries',
    Rules: (communityId: string) => `points/rules/${encodeURIComponent(communityId)}`,
    Rule: (communityId: string, source: string) =>
      `points/rules/${encodeURIComponent(communityId)}/${encodeURIComponent(source)}`,
    /** GET `?communityId=`: members whose balance differs from their ledger (street admins). */
    Reconciliation: 'points/reconciliation',
    Leaderboard: 'points/leaderboard',
    Awards: 'points/awards',
    PendingAwards: 'points/pending-awards',
    ApprovePendingAward: (id: string) => `points/pending-awards/${encodeURIComponent(id)}/approve`,
    RejectPendingAward: (id: string) => `points/pending-awards/${encodeURIComponent(id)}/reject`,
  },
  Mall: {
    Items: 'mall/items',
    ManageItems: 'mall/items/manage',
    Item: (id: string) => `mall/items/${encodeURIComponent(id)}`,
    Redeem: (itemId: string) => `mall/items/${encodeURIComponent(itemId)}/redeem`,
    Redemptions: 'mall/redemptions',
    MyRedemptions: 'mall/redemptions/mine',
    CancelRedemption: (id: string) => `mall/redemptions/${encodeURIComponent(id)}/cancel`,
    CollectRedemption: 'mall/redemptions/collect',
  },
  Honours: 'honours',
  HonourApprove: (id: string) => `honours/${encodeURIComponent(id)}/approve`,
  HonourReject: (id: string) => `honours/${encodeURIComponent(id)}/reject`,
  Photos: 'photos',
  Reports: {
    /** POST files a report. */
    Collection: 'reports',
    Nearby: 'reports/nearby',
    Mine: 'reports/mine',
    Report: (id: string) => `reports/${encodeURIComponent(id)}`,
    MeToo: (id: string) => `reports/${encodeURIComponent(id)}/me-too`,
    Categories: 'report-categories',
    Category: (categoryId: string) => `report-categories/${encodeURIComponent(categoryId)}`,
  },
  Orders: {
    Hall: 'orders/hall',
    Mine: 'orders/mine',
    /** GET `?month=YYYY-MM`: the caller's month as a handler (default: this month, China time). */
    MyMonth: 'orders/mine/month',
    Queue: 'orders/queue',
    Action: (orderId: string, action: OrderActionName) => `orders/${encodeURIComponent(orderId)}/${action}`,
    FollowUps: 'follow-ups',
    FollowUpDone: (followUpId: string) => `follow-ups/${encodeURIComponent(followUpId)}/done`,
  },
  Moderation: {
    /** POST: a member flags (举报) something others can see. */
    Flags: 'flags',
    Cases: 'moderation/cases',
    Pass: (caseId: string) => `moderation/cases/${encodeURIComponent(caseId)}/pass`,
    Remove: (caseId: string) => `moderation/cases/${encodeURIComponent(caseId)}/remove`,
    Words: 'moderation/words',
    Word: (wordId: string) => `moderation/words/${encodeURIComponent(wordId)}`,
  },
  Mediation: {
    /** GET ?view=mine|mediating|staff (paged); POST a resident asks for mediation. */
    Cases: 'mediation/cases',
    /** POST staff open a case for a walk-in or a caller. */
    WalkIn: 'mediation/cases/walk-in',
    Case: (id: string) => `mediation/cases/${encodeURIComponent(id)}`,
    Accept: (id: string) => `mediation/cases/${encodeURIComponent(id)}/accept`,
    Decline: (id: string) => `mediation/cases/${encodeURIComponent(id)}/decline`,
    Assign: (id: string) => `mediation/cases/${encodeURIComponent(id)}/assign`,
    Withdraw: (id: string) => `mediation/cases/${encodeURIComponent(id)}/withdraw`,
    Sessions: (id: string) => `mediation/cases/${encodeURIComponent(id)}/sessions`,
    SessionHeld: (id: string, sessionId: string) =>
      `mediation/cases/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}/held`,
    Outcome: (id: string) => `mediation/cases/${encodeURIComponent(id)}/outcome`,
    FollowUp: (id: string) => `mediation/cases/${encodeURIComponent(id)}/follow-up`,
    Rating: (id: string) => `mediation/cases/${encodeURIComponent(id)}/rating`,
    RatingFollowUp: (id: string) => `mediation/cases/${encodeURIComponent(id)}/rating-follow-up`,
    /** GET ?communityId&q: members of the community by name, to pick the other party. */
    Parties: 'mediation/parties',
    /** GET ?communityId: the community's 调解员. */
    Mediators: 'mediation/mediators',
  },
  Care: {
    /** GET ?communityId: the community's 帮扶 categories; POST adds one (staff). */
    Categories: 'care/categories',
    /** GET (paged, grid workers' grids and 帮扶专干's communities), POST a record. */
    Records: 'care/records',
    Record: (id: string) => `care/records/${encodeURIComponent(id)}`,
    /** GET ?communityId: the register as XLSX — whole for care.manage, without sensitive fields for other staff. */
    Export: 'care/records/export.xlsx',
    Close: (id: string) => `care/records/${encodeURIComponent(id)}/close`,
    /** POST logs a visit (入户走访) to the household. */
    Visits: (id: string) => `care/records/${encodeURIComponent(id)}/visits`,
    /** POST turns a visit's follow-up into a need in the household's grid. */
    VisitFollowUp: (visitId: string) => `care/visits/${encodeURIComponent(visitId)}/follow-up`,
    /** GET (paged) the patrols of the caller's grids; POST starts one. */
    Patrols: 'care/patrols',
    Patrol: (id: string) => `care/patrols/${encodeURIComponent(id)}`,
    PatrolObservations: (id: string) => `care/patrols/${encodeURIComponent(id)}/observations`,
    EndPatrol: (id: string) => `care/patrols/${encodeURIComponent(id)}/end`,
    /** POST an observation becomes a report in the grid. */
    ObservationReport: (observationId: string) => `care/observations/${encodeURIComponent(observationId)}/report`,
    /** 就业帮扶: GET (paged), POST a job seeker. */
    JobSeekers: 'care/job-seekers',
    JobSeeker: (id: string) => `care/job-seekers/${encodeURIComponent(id)}`,
    JobServices: (seekerId: string) => `care/job-seekers/${encodeURIComponent(seekerId)}/services`,
    JobOutcome: (serviceId: string) => `care/job-services/${encodeURIComponent(serviceId)}/outcome`,
  },
  Family: {
    /** GET the caller's links (as parent or as family member); POST asks to act for a parent. */
    Links: 'family/links',
    /** POST staff record a parent's consent at a visit. */
    StaffLinks: 'family/links/staff',
    Confirm: (id: string) => `family/links/${encodeURIComponent(id)}/confirm`,
    End: (id: string) => `family/links/${encodeURIComponent(id)}/end`,
    /** GET what was done on the parent's behalf through the link. */
    Acts: (id: string) => `family/links/${encodeURIComponent(id)}/acts`,
  },
  /** GET the caller's 平安打卡 state; POST checks in for today. */
  MySafetyCheck: 'me/safety-check',
  Figures: {
    /** Places the caller may read figures of. */
    Places: 'figures/places',
    /** GET FiguresQuery: totals, trend and the ranking of the places below. */
    Dashboard: 'figures',
    /** GET FiguresQuery: the 述职 workbook (XLSX) with the same figures. */
    Workbook: 'figures/workbook',
    /** GET FiguresQuery: 网格专项考评 of the grids under the place. */
    Scorecards: 'figures/scorecards',
    /** GET/PUT a street's scorecard weights (street admins). */
    Weights: (streetId: string) => `figures/weights/${encodeURIComponent(streetId)}`,
    /** 办实事公开: a community's results board, and its fixed items (paged). */
    Results: (communityId: string) => `figures/results/${encodeURIComponent(communityId)}`,
    ResultsFixed: (communityId: string) => `figures/results/${encodeURIComponent(communityId)}/fixed`,
    /** 网格周报 `?date=` any day of the week (default this week). */
    GridWeekly: (gridId: string) => `figures/weekly/${encodeURIComponent(gridId)}`,
  },
  Notifications: {
    Mine: 'notifications/mine',
    UnreadCount: 'notifications/unread-count',
    Read: (notificationId: string) => `notifications/${encodeURIComponent(notificationId)}/read`,
    ReadAll: 'notifications/read-all',
    /** WeChat subscribe-message template ids, per topic. */
    ReminderTemplates: 'notifications/reminder-templates',
  },
} as const;
