import { PlaceLevel, Role, type RoleGrantSummary } from '@tongxin/types';

/** Who keeps the 帮扶台账: grid workers (their grids) and 帮扶专干 (their community). No other role sees it. */
const CARE_ROLES: readonly Role[] = [Role.GridWorker, Role.CareWorker];

export function keepsCareRegister(roles: readonly RoleGrantSummary[]): boolean {
  return roles.some((grant) => CARE_ROLES.includes(grant.role));
}

export interface CarePlace {
  id: string;
  name: string;
}

/**
 * Where the caller may register households: grids they hold as grid worker, and communities they hold (as 帮扶专干,
 * whose grids are picked among the community's). Street-wide grants are not registering places.
 */
export function carePlacesOf(roles: readonly RoleGrantSummary[]): { grids: CarePlace[]; communities: CarePlace[] } {
  const held = roles.filter((grant) => CARE_ROLES.includes(grant.role));
  const at = (level: PlaceLevel) => {
    const places = held.filter((g) => g.placeLevel === level).map((g) => ({ id: g.placeId, name: g.placeName }));
    return places.filter((place, index) => places.findIndex((p) => p.id === place.id) === index);
  };
  return { grids: at(PlaceLevel.Grid), communities: at(PlaceLevel.Community) };
}

/** 帮扶专干 of the community: they may add its categories. */
export function careWorkerOf(roles: readonly RoleGrantSummary[], communityId: string): boolean {
  return roles.some((g) => g.role === Role.CareWorker && g.placeId === communityId);
}
