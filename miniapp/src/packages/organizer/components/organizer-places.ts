import { type MeSummary, Role } from '@tongxin/types';

const ORGANIZER_ROLES: readonly Role[] = [Role.Organizer, Role.CommunityStaff, Role.StreetAdmin];

export interface OrganizerPlace {
  placeId: string;
  placeName: string;
}

/** The places where the user may create and run events (one entry per place). */
export function organizerPlaces(user: MeSummary | null): OrganizerPlace[] {
  const places = new Map<string, string>();
  for (const grant of user?.roles ?? []) {
    if (ORGANIZER_ROLES.includes(grant.role)) places.set(grant.placeId, grant.placeName);
  }
  return [...places].map(([placeId, placeName]) => ({ placeId, placeName }));
}
