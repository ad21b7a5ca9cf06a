/** Every error the API returns carries one of these codes; the mini-app switches on them. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedBody: 'MALFORMED_BODY',
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
  RedemptionNotCancellable: 'REDEMPTION_NOT_CANCELLABLE',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  SecondApproverRequired: 'SECOND_APPROVER_REQUIRED',
  PhotoTypeNotAllowed: 'PHOTO_TYPE_NOT_ALLOWED',
  PhotoTooLarge: 'PHOTO_TOO_LARGE',
  PhotoQuotaExceeded: 'PHOTO_QUOTA_EXCEEDED',
  TooManyPhotos: 'TOO_MANY_PHOTOS',
  PhotoNotFound: 'PHOTO_NOT_FOUND',
  OrderNotFound: 'ORDER_NOT_FOUND',
  OrderAlreadyClaimed: 'ORDER_ALREADY_CLAIMED',
  OrderStateConflict: 'ORDER_STATE_CONFLICT',
  ActiveOrderCapReached: 'ACTIVE_ORDER_CAP_REACHED',
  LocationOutsideGrids: 'LOCATION_OUTSIDE_GRIDS',
  CategoryNotFound: 'CATEGORY_NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status each code is sent with. */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
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
  REDEMPTION_NOT_CANCELLABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  SECOND_APPROVER_REQUIRED: 409,
  PHOTO_TYPE_NOT_ALLOWED: 415,
  PHOTO_TOO_LARGE: 413,
  PHOTO_QUOTA_EXCEEDED: 429,
  TOO_MANY_PHOTOS: 400,
  PHOTO_NOT_FOUND: 404,
  ORDER_NOT_FOUND: 404,
  ORDER_ALREADY_CLAIMED: 409,
  ORDER_STATE_CONFLICT: 409,
  ACTIVE_ORDER_CAP_REACHED: 409,
  LOCATION_OUTSIDE_GRIDS: 422,
  CATEGORY_NOT_FOUND: 404,
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

const reverseCodes: Record<string, true> = Object.fromEntries(
  Object.values(ErrorCode).map((code) => [code, true]),
);
