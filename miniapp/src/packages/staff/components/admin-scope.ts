import { type PlaceLevel, Role, type RoleGrantSummary } from '@tongxin/types';

/** A place the caller administers: where a staff page starts. */
export interface AdminPlace {
  id: string;
  name: string;
  level: PlaceLevel;
  role: Role;
}

const ADMIN_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];

/** Mirrors the API's ROLE_RANK: a role is granted only by someone ranked above it. */
const RANK: Record<Role, number> = {
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

/** The places the caller's staff roles are held on, widest first (a street before its communities). */
export function adminPlaces(roles: RoleGrantSummary[]): AdminPlace[] {
  return roles
    .filter((g) => ADMIN_ROLES.includes(g.role))
    .sort((a, b) => RANK[b.role] - RANK[a.role] || a.placeName.localeCompare(b.placeName))
    .map((g) => ({ id: g.placeId, name: g.placeName, level: g.placeLevel, role: g.role }));
}

/** Roles the holder of `role` may grant (never 居民, which a verified home gives). */
export function grantableRoles(role: Role): Role[] {
  return (Object.keys(RANK) as Role[]).filter((r) => r !== Role.Resident && RANK[r] < RANK[role]);
}
