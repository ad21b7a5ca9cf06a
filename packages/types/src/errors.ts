/** Every error the API returns carries one of these codes; the mini-app switches on them. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedBody: 'MALFORMED_BODY',
  /** The request line or headers could not be read (bad encoding, header too large): answered before routing. */
  MalformedRequest: 'MALFORMED_REQUEST',
  HeadersTooLarge: 'HEADERS_TOO_LARGE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  EventNotFound: 'EVENT_NOT_FOUND',
  PlaceNotFound: 'PLACE_NOT_FOUND',
  InvalidPhone: 'INVALID_PHONE',
  SmsCodeInvalid: 'SMS_CODE_INVALID',
  SmsCodeLocked: 'SMS_CODE_LOCKED',
  SmsRateLimited: 'SMS_RATE_LIMITED',
  SmsUnavailable: 'SMS_UNAVAILABLE',
  WechatCodeInvalid: 'WECHAT_CODE_INVALID',
  WechatRateLimited: 'WECHAT_RATE_LIMITED',
  WechatUnavailable: 'WECHAT_UNAVAILABLE',
  TokenExpired: 'TOKEN_EXPIRED',
  TokenInvalid: 'TOKEN_INVALID',
  RefreshTokenReused: 'REFRESH_TOKEN_REUSED',
  DemoLoginDisabled: 'DEMO_LOGIN_DISABLED',
  InsufficientPoints: 'INSUFFICIENT_POINTS',
  PointsCapReached: 'POINTS_CAP_REACHED',
  PointsSourceDisabled: 'POINTS_SOURCE_DISABLED',
  OutOfStock: 'OUT_OF_STOCK',
  RedemptionLimitReached: 'REDEMPTION_LIMIT_REACHED',
  ItemOffShelf: 'ITEM_OFF_SHELF',
  PickupCodeInvalid: 'PICKUP_CODE_INVALID',
  /** A member redeems only in the malls of the communities they belong to. */
  MallNotMember: 'MALL_NOT_MEMBER',
  RedemptionNotCancellable: 'REDEMPTION_NOT_CANCELLABLE',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** A consent names a version of the 隐私政策 or 用户协议 that is no longer in force. */
  ConsentVersionStale: 'CONSENT_VERSION_STALE',
  SecondApproverRequired: 'SECOND_APPROVER_REQUIRED',
  /** Nobody awards points to themselves. */
  SelfAward: 'SELF_AWARD',
  /** WeChat's text check (or nothing else) found the text unacceptable: it is not saved. */
  ContentRisky: 'CONTENT_RISKY',
  /** A moderation case already decided. */
  CaseDecided: 'CASE_DECIDED',
  PhotoTypeNotAllowed: 'PHOTO_TYPE_NOT_ALLOWED',
  PhotoTooLarge: 'PHOTO_TOO_LARGE',
  PhotoQuotaExceeded: 'PHOTO_QUOTA_EXCEEDED',
  TooManyPhotos: 'TOO_MANY_PHOTOS',
  PhotoNotFound: 'PHOTO_NOT_FOUND',
  OrderNotFound: 'ORDER_NOT_FOUND',
  OrderAlreadyClaimed: 'ORDER_ALREADY_CLAIMED',
  OrderStateConflict: 'ORDER_STATE_CONFLICT',
  ActiveOrderCapReached: 'ACTIVE_ORDER_CAP_REACHED',
  /** Nobody handles, verifies or confirms an order on their own report. */
  OwnReport: 'OWN_REPORT',
  /** 稍后上门: the promised time must lie between now and the claim's deadline. */
  PromiseOutsideDeadline: 'PROMISE_OUTSIDE_DEADLINE',
  LocationOutsideGrids: 'LOCATION_OUTSIDE_GRIDS',
  CategoryNotFound: 'CATEGORY_NOT_FOUND',
  SignupClosed: 'SIGNUP_CLOSED',
  AlreadySignedUp: 'ALREADY_SIGNED_UP',
  EventNotOpen: 'EVENT_NOT_OPEN',
  CancelDeadlinePassed: 'CANCEL_DEADLINE_PASSED',
  TicketInvalid: 'TICKET_INVALID',
  TicketRevoked: 'TICKET_REVOKED',
  UndoWindowPassed: 'UNDO_WINDOW_PASSED',
  NotAnAttendee: 'NOT_AN_ATTENDEE',
  /** Nobody checks themselves in, by scan or by name. */
  SelfCheckin: 'SELF_CHECKIN',
  /** A check-in by name outside the window a ticket scan would have. */
  OutsideCheckinWindow: 'OUTSIDE_CHECKIN_WINDOW',
  /** 签退 and service hours are for volunteer events (志愿服务) only. */
  NotVolunteerEvent: 'NOT_VOLUNTEER_EVENT',
  /** A 签退 for a ticket that has no check-in standing. */
  NotCheckedIn: 'NOT_CHECKED_IN',
  /** A 签退 timed before the check-in it closes. */
  CheckoutBeforeCheckin: 'CHECKOUT_BEFORE_CHECKIN',
  /** A volunteer record asked of a period (or a member) with no service hours in it. */
  NoVolunteerHours: 'NO_VOLUNTEER_HOURS',
  /** An uploaded workbook that is not an .xlsx file, has no data sheet, or lacks a required column. */
  WorkbookInvalid: 'WORKBOOK_INVALID',
  /** An import with bad rows: nothing is written; `details` is the report. */
  ImportRowsInvalid: 'IMPORT_ROWS_INVALID',
  MediationNotFound: 'MEDIATION_NOT_FOUND',
  CareRecordNotFound: 'CARE_RECORD_NOT_FOUND',
  /** Acting for a parent without an active 亲情代办 link, or on a route that does not allow it. */
  ProxyNotAllowed: 'PROXY_NOT_ALLOWED',
  /** The case moved on since the caller saw it (accepted by someone else, another mediator assigned …). */
  MediationStateConflict: 'MEDIATION_STATE_CONFLICT',
  /** The member does not hold the 调解员 role on the case's community. */
  MediatorNotEligible: 'MEDIATOR_NOT_ELIGIBLE',
  /** A figures period that does not read: `to` before `from`, longer than a year, or a calendar day that is not one. */
  PeriodInvalid: 'PERIOD_INVALID',
  /** Scorecard weights that are all zero. */
  WeightsInvalid: 'WEIGHTS_INVALID',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status each code is sent with. */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PERIOD_INVALID: 422,
  MEDIATION_NOT_FOUND: 404,
  CARE_RECORD_NOT_FOUND: 404,
  PROXY_NOT_ALLOWED: 403,
  MEDIATION_STATE_CONFLICT: 409,
  MEDIATOR_NOT_ELIGIBLE: 422,
  WEIGHTS_INVALID: 422,
  MALFORMED_BODY: 400,
  MALFORMED_REQUEST: 400,
  HEADERS_TOO_LARGE: 431,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  CONSENT_VERSION_STALE: 409,
  RATE_LIMITED: 429,
  EVENT_NOT_FOUND: 404,
  PLACE_NOT_FOUND: 404,
  INVALID_PHONE: 400,
  SMS_CODE_INVALID: 400,
  SMS_CODE_LOCKED: 429,
  SMS_RATE_LIMITED: 429,
  SMS_UNAVAILABLE: 502,
  WECHAT_CODE_INVALID: 400,
  WECHAT_RATE_LIMITED: 429,
  WECHAT_UNAVAILABLE: 502,
  TOKEN_EXPIRED: 401,
  TOKEN_INVALID: 401,
  REFRESH_TOKEN_REUSED: 401,
  DEMO_LOGIN_DISABLED: 403,
  INSUFFICIENT_POINTS: 409,
  POINTS_CAP_REACHED: 409,
  POINTS_SOURCE_DISABLED: 409,
  OUT_OF_STOCK: 409,
  REDEMPTION_LIMIT_REACHED: 409,
  ITEM_OFF_SHELF: 409,
  PICKUP_CODE_INVALID: 404,
  MALL_NOT_MEMBER: 403,
  REDEMPTION_NOT_CANCELLABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  SECOND_APPROVER_REQUIRED: 409,
  SELF_AWARD: 403,
  CONTENT_RISKY: 422,
  CASE_DECIDED: 409,
  PHOTO_TYPE_NOT_ALLOWED: 415,
  PHOTO_TOO_LARGE: 413,
  PHOTO_QUOTA_EXCEEDED: 429,
  TOO_MANY_PHOTOS: 400,
  PHOTO_NOT_FOUND: 404,
  ORDER_NOT_FOUND: 404,
  ORDER_ALREADY_CLAIMED: 409,
  ORDER_STATE_CONFLICT: 409,
  ACTIVE_ORDER_CAP_REACHED: 409,
  OWN_REPORT: 403,
  PROMISE_OUTSIDE_DEADLINE: 422,
  LOCATION_OUTSIDE_GRIDS: 422,
  CATEGORY_NOT_FOUND: 404,
  SIGNUP_CLOSED: 409,
  ALREADY_SIGNED_UP: 409,
  EVENT_NOT_OPEN: 409,
  CANCEL_DEADLINE_PASSED: 409,
  TICKET_INVALID: 400,
  TICKET_REVOKED: 409,
  UNDO_WINDOW_PASSED: 409,
  NOT_AN_ATTENDEE: 403,
  SELF_CHECKIN: 403,
  OUTSIDE_CHECKIN_WINDOW: 409,
  NOT_VOLUNTEER_EVENT: 409,
  NOT_CHECKED_IN: 409,
  CHECKOUT_BEFORE_CHECKIN: 409,
  NO_VOLUNTEER_HOURS: 409,
  WORKBOOK_INVALID: 400,
  IMPORT_ROWS_INVALID: 422,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

/** Body of every non-2xx response. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  requestId?: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in reverseCodes;
}

const reverseCodes: Record<string, true> = Object.fromEntries(Object.values(ErrorCode).map((code) => [code, true]));
