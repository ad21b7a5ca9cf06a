import { Role } from '@tongxin/types';

/** What a route may need. A role grants permissions on its place and everything below it. */
export const Permission = {
  PlaceManage: 'place.manage',
  UnitManage: 'unit.manage',
  RoleGrant: 'role.grant',
  BindingReview: 'binding.review',
  RiderReview: 'rider.review',
  MemberRead: 'member.read',
  PiiView: 'pii.view',
  AuditRead: 'audit.read',
  PointsAward: 'points.award',
  PointsRules: 'points.rules',
  PointsReconcile: 'points.reconcile',
  MallManage: 'mall.manage',
  HonourManage: 'honour.manage',
  OrderGrab: 'order.grab',
  OrderDispatch: 'order.dispatch',
  OrderCancel: 'order.cancel',
  CategoryManage: 'category.manage',
  ReportRead: 'report.read',
  EventManage: 'event.manage',
  /** The moderation queue of a community; the 敏感词 list of a street (granted on the street). */
  ModerationManage: 'moderation.manage',
  /** Reading a member's 志愿服务记录 and issuing their 志愿服务记录证明 (staff of their community). */
  VolunteerCertify: 'volunteer.certify',
  /** 导入: setting up a street's or a community's places, households, staff and units from its 台账 workbooks. */
  ImportManage: 'import.manage',
  /** Dashboards, 网格专项考评 and the 述职 workbook of a place and everything below it. */
  FiguresRead: 'figures.read',
  /** Setting a street's 网格专项考评 weights (granted on the street). */
  FiguresWeights: 'figures.weights',
  /** 石榴调解工作室: a community's (or street's) mediation cases — only 调解工作室负责人 hold it, not other staff. */
  MediationManage: 'mediation.manage',
  /** 调解员: mediating the cases assigned to them on their community. */
  MediationMediate: 'mediation.mediate',
  /** 帮扶台账: the care register of a grid (its grid workers) or a community (帮扶专干) — sensitive, read audited. */
  CareManage: 'care.manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const STAFF: Permission[] = [
  Permission.PlaceManage,
  Permission.UnitManage,
  Permission.RoleGrant,
  Permission.BindingReview,
  Permission.RiderReview,
  Permission.MemberRead,
  Permission.PiiView,
  Permission.AuditRead,
  Permission.PointsAward,
  Permission.PointsRules,
  Permission.MallManage,
  Permission.HonourManage,
  Permission.OrderDispatch,
  Permission.OrderCancel,
  Permission.CategoryManage,
  Permission.ReportRead,
  Permission.EventManage,
  Permission.ModerationManage,
  Permission.VolunteerCertify,
  Permission.ImportManage,
  Permission.FiguresRead,
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  resident: [],
  part_time_grid_member: [Permission.OrderGrab],
  grid_worker: [
    Permission.MemberRead,
    Permission.OrderGrab,
    Permission.OrderDispatch,
    Permission.ReportRead,
    Permission.FiguresRead,
    Permission.CareManage,
  ],
  organizer: [Permission.EventManage],
  community_staff: STAFF,
  street_admin: [...STAFF, Permission.PointsReconcile, Permission.FiguresWeights],
  mediator: [Permission.MediationMediate],
  mediation_admin: [Permission.MediationManage],
  care_worker: [Permission.CareManage, Permission.MemberRead],
};

/** A granter may grant only roles ranked below their own, and only on places inside their scope. */
export const ROLE_RANK: Record<Role, number> = {
  resident: 0,
  part_time_grid_member: 1,
  grid_worker: 2,
  organizer: 2,
  community_staff: 3,
  street_admin: 4,
  mediator: 2,
  mediation_admin: 3,
  care_worker: 3,
};

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function canGrant(granterRoles: Role[], role: Role): boolean {
  return granterRoles.some((g) => ROLE_PERMISSIONS[g].includes(Permission.RoleGrant) && ROLE_RANK[g] > ROLE_RANK[role]);
}

export { Role };
