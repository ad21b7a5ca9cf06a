import type { PageQuery } from './pagination';
import type { PlaceLevel } from './places';

/** Roles are granted on a place and reach everything below it. */
export const Role = {
  Resident: 'resident',
  PartTimeGridMember: 'part_time_grid_member',
  GridWorker: 'grid_worker',
  Organizer: 'organizer',
  CommunityStaff: 'community_staff',
  StreetAdmin: 'street_admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  part_time_grid_member: '兼职网格员',
  grid_worker: '网格员',
  organizer: '活动组织者',
  community_staff: '社区工作人员',
  street_admin: '街道管理员',
};

/** Mainland mobile number, 11 digits. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const SMS_CODE_PATTERN = /^\d{6}$/;

export interface AuthTokens {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  user: MeSummary;
}

export interface SendSmsCodeRequest {
  phone: string;
}
export interface SendSmsCodeResponse {
  /** Seconds before another code may be requested for this phone. */
  cooldownSeconds: number;
  expiresInSeconds: number;
}
export interface SmsLoginRequest {
  phone: string;
  code: string;
}
export interface WechatLoginRequest {
  /** The code from Taro.login(). */
  code: string;
}
export interface WechatPhoneRequest {
  /** The code from the getPhoneNumber button event. */
  code: string;
}
export interface RefreshRequest {
  refreshToken: string;
}
export interface LogoutRequest {
  refreshToken: string;
}

export interface DemoAccount {
  key: string;
  nickname: string;
  roles: Role[];
  description: string;
}
export interface DemoLoginRequest {
  account: string;
}

export interface RoleGrantSummary {
  id: string;
  role: Role;
  placeId: string;
  placeName: string;
  placeLevel: PlaceLevel;
  grantedAt: string;
}

export interface MeSummary {
  id: string;
  nickname: string;
  avatarUrl: string | null;
  /** The owner's own number, unmasked; null when none is linked. */
  phone: string | null;
  roles: RoleGrantSummary[];
}

export interface MeResponse extends MeSummary {
  home: { buildingId: string; buildingName: string; household: string; status: BindingStatus } | null;
  createdAt: string;
}

export interface UpdateProfileRequest {
  nickname?: string;
  avatarUrl?: string | null;
}

export const BindingStatus = {
  Pending: 'pending',
  Verified: 'verified',
  Rejected: 'rejected',
  Withdrawn: 'withdrawn',
} as const;
export type BindingStatus = (typeof BindingStatus)[keyof typeof BindingStatus];

export const BINDING_STATUS_LABEL: Record<BindingStatus, string> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

export interface CreateBindingRequest {
  buildingId: string;
  /** e.g. 3单元502 */
  household: string;
}

export interface BindingSummary {
  id: string;
  userId: string;
  nickname: string;
  /** Masked (138****1234) for everyone but the owner. */
  phone: string | null;
  buildingId: string;
  buildingName: string;
  household: string;
  status: BindingStatus;
  reason: string | null;
  createdAt: string;
}

export const RiderPlatform = {
  Meituan: 'meituan',
  Eleme: 'eleme',
  Sf: 'sf',
  Dada: 'dada',
  Other: 'other',
} as const;
export type RiderPlatform = (typeof RiderPlatform)[keyof typeof RiderPlatform];
export const RIDER_PLATFORM_LABEL: Record<RiderPlatform, string> = {
  meituan: '美团',
  eleme: '饿了么',
  sf: '顺丰同城',
  dada: '达达',
  other: '其他',
};

export const ApplicationStatus = {
  Pending: 'pending',
  Approved: 'approved',
  Rejected: 'rejected',
  Revoked: 'revoked',
  Withdrawn: 'withdrawn',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  revoked: '已撤销',
  withdrawn: '已撤回',
};

export interface CreateRiderApplicationRequest {
  platform: RiderPlatform;
  /** Grids of one community the rider covers. */
  gridIds: string[];
  statement: string;
}

export interface RiderApplicationSummary {
  id: string;
  userId: string;
  nickname: string;
  phone: string | null;
  platform: RiderPlatform;
  communityId: string;
  communityName: string;
  grids: { id: string; name: string }[];
  statement: string;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: string;
  reviewedAt: string | null;
}

export interface ReviewRequest {
  /** Required when rejecting or revoking. */
  reason?: string;
}

export interface ListReviewQuery extends PageQuery {
  status?: string;
}

export interface GrantRoleRequest {
  userId: string;
  role: Role;
  placeId: string;
}

export interface MemberSummary {
  id: string;
  nickname: string;
  /** Masked (138****1234). */
  phone: string | null;
  homeId: string | null;
  homeName: string | null;
}

export interface MemberPhoneResponse {
  id: string;
  /** Unmasked; every read is written to the audit log. */
  phone: string | null;
}

export interface RoleGrantRow {
  id: string;
  userId: string;
  nickname: string;
  role: Role;
  placeId: string;
  placeName: string;
  grantedAt: string;
}

export interface AuditLogEntry {
  id: string;
  actorId: string;
  actorNickname: string;
  action: string;
  targetType: string;
  targetId: string;
  placeId: string;
  details: Record<string, unknown> | null;
  createdAt: string;
}
