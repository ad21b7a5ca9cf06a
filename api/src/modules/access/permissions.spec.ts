import { Role } from '@tongxin/types';

import { canGrant, Permission, ROLE_PERMISSIONS, rolesWith } from './permissions';

describe('permissions', () => {
  it('gives residents no permission and riders only grabbing', () => {
    expect(ROLE_PERMISSIONS[Role.Resident]).toEqual([]);
    expect(ROLE_PERMISSIONS[Role.PartTimeGridMember]).toEqual([Permission.OrderGrab]);
  });

  it('gives a street admin everything community staff have, and reconciliation', () => {
    for (const permission of ROLE_PERMISSIONS[Role.CommunityStaff]) {
      expect(ROLE_PERMISSIONS[Role.StreetAdmin]).toContain(permission);
    }
    expect(ROLE_PERMISSIONS[Role.StreetAdmin]).toContain(Permission.PointsReconcile);
    expect(ROLE_PERMISSIONS[Role.CommunityStaff]).not.toContain(Permission.PointsReconcile);
  });

  it('lets only staff see unmasked personal data and the audit log', () => {
    expect(rolesWith(Permission.PiiView).sort()).toEqual([Role.CommunityStaff, Role.StreetAdmin].sort());
    expect(rolesWith(Permission.AuditRead).sort()).toEqual([Role.CommunityStaff, Role.StreetAdmin].sort());
  });

  describe('canGrant', () => {
    it('lets a granter give only roles ranked below their own', () => {
      expect(canGrant([Role.CommunityStaff], Role.GridWorker)).toBe(true);
      expect(canGrant([Role.CommunityStaff], Role.PartTimeGridMember)).toBe(true);
      expect(canGrant([Role.CommunityStaff], Role.CommunityStaff)).toBe(false);
      expect(canGrant([Role.CommunityStaff], Role.StreetAdmin)).toBe(false);
      expect(canGrant([Role.StreetAdmin], Role.CommunityStaff)).toBe(true);
    });

    it('refuses roles without the grant permission, whatever their rank', () => {
      expect(canGrant([Role.GridWorker], Role.Resident)).toBe(false);
      expect(canGrant([Role.Organizer], Role.Resident)).toBe(false);
      expect(canGrant([], Role.Resident)).toBe(false);
    });

    it('counts any one of the granter roles', () => {
      expect(canGrant([Role.Organizer, Role.CommunityStaff], Role.Organizer)).toBe(true);
    });
  });
});
