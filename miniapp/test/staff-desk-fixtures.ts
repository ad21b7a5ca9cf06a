import type { MeResponse, RoleGrantSummary } from '@tongxin/types';

/** A staff member of the staff-desk specs, with the given grants. */
export function staffMe(roles: RoleGrantSummary[]): MeResponse {
  return {
    id: 'admin-1',
    nickname: '高强',
    avatarUrl: null,
    phone: null,
    roles,
    home: null,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

export const BINHE_ADMIN: RoleGrantSummary = {
  id: 'grant-admin',
  role: 'street_admin',
  placeId: 'street-binhe',
  placeName: '滨河街道',
  placeLevel: 'street',
  grantedAt: '2026-11-01T00:00:00.000Z',
};

export const XINGWANG_STAFF: RoleGrantSummary = {
  id: 'grant-staff',
  role: 'community_staff',
  placeId: 'community-xingwang',
  placeName: '兴旺社区',
  placeLevel: 'community',
  grantedAt: '2026-11-01T00:00:00.000Z',
};

/** Makes `useDesk` see a window at least 1024 px wide (jsdom has no matchMedia of its own). */
export function atDesk(desk: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: desk,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}
