import { useQuery } from '@tanstack/react-query';
import { type MeResponse, PlaceLevel, Role, type RoleGrantSummary } from '@tongxin/types';

import { getPlace } from '@/services/places';

import { useMeQuery } from './use-me-query';

/** The member's community and grid, for the points pages. */
export interface MyCommunity {
  communityId: string;
  communityName: string;
  gridId: string | null;
  gridName: string | null;
}

// A home (or a role) lower in the tree tells us the grid as well as the community.
const ROLE_ORDER: readonly Role[] = [
  Role.Resident,
  Role.PartTimeGridMember,
  Role.GridWorker,
  Role.Organizer,
  Role.CommunityStaff,
];
const BELOW_COMMUNITY: readonly string[] = [PlaceLevel.Building, PlaceLevel.Grid];

function anchorOf(me: MeResponse): { placeId: string; grant?: RoleGrantSummary } | null {
  if (me.home) return { placeId: me.home.buildingId };
  const grants = [...me.roles]
    .filter((grant) => ROLE_ORDER.includes(grant.role) && grant.placeLevel !== PlaceLevel.Street)
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const grant = grants.find((g) => BELOW_COMMUNITY.includes(g.placeLevel)) ?? grants[0];
  return grant ? { placeId: grant.placeId, grant } : null;
}

export const myCommunityKeys = {
  place: (id: string) => ['places', 'detail', id] as const,
};

/**
 * Finds the member's community from their home or their roles (a building's or grid's ancestors).
 * `data` is null when the member has neither (e.g. a new account, or a street admin only).
 */
export function useMyCommunity(enabled = true) {
  const me = useMeQuery(enabled);
  const anchor = me.data ? anchorOf(me.data) : null;
  const direct = anchor?.grant?.placeLevel === PlaceLevel.Community ? anchor.grant : null;
  const place = useQuery({
    queryKey: myCommunityKeys.place(anchor?.placeId ?? ''),
    queryFn: () => getPlace(anchor?.placeId ?? ''),
    enabled: enabled && anchor !== null && direct === null,
    staleTime: 5 * 60_000,
  });

  let data: MyCommunity | null | undefined;
  if (me.data && !anchor) data = null;
  else if (direct)
    data = { communityId: direct.placeId, communityName: direct.placeName, gridId: null, gridName: null };
  else if (place.data) {
    const chain = [...place.data.ancestors, place.data];
    const community = chain.find((p) => p.level === PlaceLevel.Community);
    const grid = chain.find((p) => p.level === PlaceLevel.Grid);
    data = community
      ? {
          communityId: community.id,
          communityName: community.name,
          gridId: grid?.id ?? null,
          gridName: grid?.name ?? null,
        }
      : null;
  }
  const error = me.error ?? place.error;
  return {
    data,
    isPending: data === undefined && !error,
    error,
    refetch: () => (me.error ? me.refetch() : place.refetch()),
  };
}
