import { type MeResponse, PlaceLevel } from '@tongxin/types';

/**
 * Whether the member may belong to several communities, so the results board offers 切换社区: a street-level role
 * reaches every community of the street, and grants on different places may lie in different communities.
 */
export function mayBelongToSeveral(me: MeResponse): boolean {
  if (me.roles.some((grant) => grant.placeLevel === PlaceLevel.Street)) return true;
  const places = new Set(me.roles.map((grant) => grant.placeId));
  if (me.home) places.add(me.home.buildingId);
  return places.size > 1;
}
