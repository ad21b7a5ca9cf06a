import { PlaceLevel, Role } from '@tongxin/types';

import type { ActiveGrant } from './access.repository';
import type { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import type { GrantsCache } from './grants-cache';
import { Permission } from './permissions';

const STREET = 's1/';
const COMMUNITY = 's1/c1/';
const GRID_A = 's1/c1/g1/';
const GRID_B = 's1/c1/g2/';
const OTHER_COMMUNITY = 's1/c2/';

function grant(role: Role, placePath: string, placeLevel: PlaceLevel = PlaceLevel.Grid): ActiveGrant {
  const placeId = placePath.split('/').filter(Boolean).pop()!;
  return {
    id: `${role}@${placePath}`,
    role,
    placeId,
    placePath,
    placeName: placeId,
    placeLevel,
    createdAt: new Date(),
  };
}

describe('AccessService (scopes and permission checks)', () => {
  // The rules are pure: neither the repository nor the cache is reached by the methods under test.
  const access = new AccessService({} as AccessRepository, {} as GrantsCache);

  describe('memberScopes and belongsTo', () => {
    it('makes a role at a building or grid a member of its whole community, and no other', () => {
      const grants = [
        grant(Role.Resident, `${GRID_A}b1/`, PlaceLevel.Building),
        grant(Role.PartTimeGridMember, GRID_B),
      ];
      expect(access.memberScopes(grants)).toEqual([COMMUNITY]);
      expect(access.belongsTo(grants, `${GRID_B}b9/`)).toBe(true);
      expect(access.belongsTo(grants, COMMUNITY)).toBe(true);
      expect(access.belongsTo(grants, `${OTHER_COMMUNITY}g1/`)).toBe(false);
    });

    it('makes a street-wide role a member of every community of its street', () => {
      const grants = [grant(Role.StreetAdmin, STREET, PlaceLevel.Street), grant(Role.Resident, `${GRID_A}b1/`)];
      expect(access.memberScopes(grants)).toEqual([STREET]);
      expect(access.belongsTo(grants, `${OTHER_COMMUNITY}g1/`)).toBe(true);
      expect(access.belongsTo(grants, 's2/c1/')).toBe(false);
    });

    it('makes someone without a role a member of nothing', () => {
      expect(access.memberScopes([])).toEqual([]);
      expect(access.belongsTo([], COMMUNITY)).toBe(false);
    });
  });

  describe('scopes', () => {
    it('gives the paths of the places where a role holds the permission', () => {
      const grants = [grant(Role.GridWorker, GRID_A), grant(Role.Organizer, GRID_B)];
      expect(access.scopes(grants, Permission.OrderDispatch)).toEqual([GRID_A]);
      expect(access.scopes(grants, Permission.EventManage)).toEqual([GRID_B]);
    });

    it('drops a path already covered by a wider grant, and duplicates', () => {
      const grants = [
        grant(Role.GridWorker, GRID_A),
        grant(Role.CommunityStaff, COMMUNITY, PlaceLevel.Community),
        grant(Role.GridWorker, GRID_A),
      ];
      expect(access.scopes(grants, Permission.ReportRead)).toEqual([COMMUNITY]);
    });

    it('keeps sibling places that share a prefix of characters but not of path', () => {
      const grants = [grant(Role.GridWorker, 's1/c1/g1/'), grant(Role.GridWorker, 's1/c1/g10/')];
      expect(access.scopes(grants, Permission.ReportRead).sort()).toEqual(['s1/c1/g1/', 's1/c1/g10/']);
    });

    it('is empty for a resident, whose role carries no permission', () => {
      expect(access.scopes([grant(Role.Resident, GRID_A)], Permission.MemberRead)).toEqual([]);
    });

    it('gives reconciliation to street admins only', () => {
      expect(access.scopes([grant(Role.CommunityStaff, COMMUNITY)], Permission.PointsReconcile)).toEqual([]);
      expect(access.scopes([grant(Role.StreetAdmin, STREET)], Permission.PointsReconcile)).toEqual([STREET]);
    });
  });

  describe('allows', () => {
    const staff = [grant(Role.CommunityStaff, COMMUNITY, PlaceLevel.Community)];

    it('allows the place of the grant and everything below it', () => {
      expect(access.allows(staff, Permission.MemberRead, COMMUNITY)).toBe(true);
      expect(access.allows(staff, Permission.MemberRead, `${GRID_A}b1/`)).toBe(true);
    });

    it('refuses a place beside or above the grant', () => {
      expect(access.allows(staff, Permission.MemberRead, OTHER_COMMUNITY)).toBe(false);
      expect(access.allows(staff, Permission.MemberRead, STREET)).toBe(false);
    });

    it('refuses a permission the role does not carry, wherever it is', () => {
      expect(access.allows([grant(Role.PartTimeGridMember, GRID_A)], Permission.OrderDispatch, GRID_A)).toBe(false);
    });

    it('throws FORBIDDEN through assertAllowed', () => {
      expect(() => access.assertAllowed(staff, Permission.MemberRead, OTHER_COMMUNITY)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      );
      expect(() => access.assertAllowed(staff, Permission.MemberRead, GRID_A)).not.toThrow();
    });
  });

  describe('gridScope', () => {
    it('gives grid ids when every scope is a grid', () => {
      const grants = [grant(Role.PartTimeGridMember, GRID_A), grant(Role.PartTimeGridMember, GRID_B)];
      expect(access.gridScope(grants, Permission.OrderGrab)).toEqual({ gridIds: ['g1', 'g2'] });
    });

    it('falls back to paths when one scope is wider than a grid', () => {
      const grants = [
        grant(Role.PartTimeGridMember, GRID_A),
        grant(Role.CommunityStaff, COMMUNITY, PlaceLevel.Community),
      ];
      expect(access.gridScope(grants, Permission.ReportRead)).toEqual({ scopes: [COMMUNITY] });
    });

    it('gives no ids and no paths without the permission', () => {
      expect(access.gridScope([grant(Role.Resident, GRID_A)], Permission.OrderGrab)).toEqual({ scopes: [] });
    });
  });
});
