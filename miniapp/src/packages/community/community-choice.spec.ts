import type { MeResponse, RoleGrantSummary } from '@tongxin/types';

import { mayBelongToSeveral } from './community-choice';

function grant(placeId: string, placeLevel: RoleGrantSummary['placeLevel']): RoleGrantSummary {
  return { id: `grant-${placeId}`, role: 'resident', placeId, placeName: placeId, placeLevel, grantedAt: '' };
}

function me(roles: RoleGrantSummary[], home: string | null = null): MeResponse {
  return {
    id: 'member-1',
    nickname: '其其格',
    avatarUrl: null,
    phone: null,
    roles,
    home: home ? { buildingId: home, buildingName: home, household: '1-101', status: 'verified' } : null,
    createdAt: '',
  };
}

describe('mayBelongToSeveral', () => {
  it('is false for a resident of one building (role and home on the same place)', () => {
    expect(mayBelongToSeveral(me([grant('b1', 'building')], 'b1'))).toBe(false);
    expect(mayBelongToSeveral(me([]))).toBe(false);
  });

  it('is true for roles on different places, or any role on a street', () => {
    expect(mayBelongToSeveral(me([grant('b1', 'building'), grant('c2', 'community')]))).toBe(true);
    expect(mayBelongToSeveral(me([grant('s1', 'street')]))).toBe(true);
  });
});
