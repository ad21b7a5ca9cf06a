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
  /** 调解员: mediates the cases assigned to them (often a volunteer — 五老, 能人 — not staff). */
  Mediator: 'mediator',
  /** 调解工作室负责人: staff who see and run the community's (or street's) mediation cases; other staff do not. */
  MediationAdmin: 'mediation_admin',
  /** 帮扶专干: community staff who keep the 帮扶台账 (other staff do not see it; grid workers see their grid's). */
  CareWorker: 'care_worker',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  part_time_grid_member: '兼职网格员',
  grid_worker: '网格员',
  organizer: '活动组织者',
  community_staff: '社区工作人员',
  street_admin: '街道管理员',
  mediator: '调解员',
  mediation_admin: '调解工作室负责人',
  care_worker: '帮扶专干',
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

/**
 * A role for a member picked from the directory (`userId`) or named by phone (`phone`): one of the two. A phone
 * nobody has logged in with yet gets an account (named `nickname`, else 居民 and the last four digits), which the
 * person finds, role and all, at their first login with that number.
 */
export interface GrantRoleRequest {
  userId?: string;
  phone?: string;
  nickname?: string;
  role: Role;
  placeId: string;
}

/** Who holds what where: grants on a place (and, with `includeBelow`, everything under it), of one role. */
export interface ListGrantsQuery extends PageQuery {
  placeId?: string;
  includeBelow?: boolean;
  role?: Role;
  /** 居民 grants (a verified home) are left out unless asked for, by this or by `role`. */
  withResidents?: boolean;
  /** Newest first unless asked otherwise. */
  sort?: GrantSort;
}
export const GRANT_SORTS = ['-grantedAt', 'grantedAt', 'nickname', 'role', 'place'] as const;
export type GrantSort = (typeof GRANT_SORTS)[number];

/** 成员名录: members living in the caller's places, by nickname or an exact phone number. */
export interface ListMembersQuery extends PageQuery {
  placeId?: string;
  role?: Role;
  /** A nickname fragment, or a full 11-digit phone number (matched on its hash, never on the number). */
  q?: string;
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
  /** Masked (138****1234). */
  phone: string | null;
  role: Role;
  placeId: string;
  placeName: string;
  placeLevel: PlaceLevel;
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
  placeName: string;
  details: Record<string, unknown> | null;
  createdAt: string;
}

/** 操作日志: entries on the caller's places, newest first. `from`/`to` are dates (YYYY-MM-DD, China time), inclusive. */
export interface ListAuditLogsQuery extends PageQuery {
  action?: string;
  placeId?: string;
  from?: string;
  to?: string;
}

/** What staff did, in words; an action missing here is shown as written. */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'binding.verify': '通过住址认证',
  'binding.reject': '驳回住址认证',
  'binding.claim': '按住户台账认证住址',
  'import.apply': '导入台账',
  'rider.approve': '通过骑手申请',
  'rider.reject': '驳回骑手申请',
  'rider.revoke': '撤销骑手资格',
  'pii.view': '查看完整手机号',
  'points.award': '奖励积分',
  'points.reverse': '冲正积分',
  'points.award.request': '申请大额奖励',
  'points.award.approve': '通过大额奖励',
  'points.award.reject': '驳回大额奖励',
  'points.rule.update': '修改积分规则',
  'honour.nominate': '提名光荣榜',
  'honour.approve': '通过光荣榜',
  'honour.reject': '驳回光荣榜',
  'consent.accept': '同意协议',
  'moderation.pass': '审核通过内容',
  'moderation.remove': '移除内容',
  'event.message': '通知活动参与者',
  'volunteer.hours.adjust': '调整志愿服务时长',
  'volunteer.certificate.issue': '开具志愿服务证明',
};
