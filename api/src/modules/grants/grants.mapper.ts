import type { MemberSummary, RoleGrantRow } from '@tongxin/types';

import { maskPhone } from '../../infra/crypto/pii-cipher';
import type { GrantRow } from './grants.repository';
import type { MemberRow } from './members.repository';

/** `phone` is the holder's number in clear: masked here, like everywhere staff see it. */
export function toRoleGrantRow(row: GrantRow, holder: { nickname: string; phone: string | null }): RoleGrantRow {
  return {
    id: row.id,
    userId: row.userId,
    nickname: holder.nickname,
    phone: maskPhone(holder.phone),
    role: row.role,
    placeId: row.placeId,
    placeName: row.placeName,
    placeLevel: row.placeLevel,
    grantedAt: row.createdAt.toISOString(),
  };
}

/** Staff see a member's phone masked; the unmasked number is a separate, audited read. */
export function toMemberSummary(row: MemberRow, phone: string | null): MemberSummary {
  return { id: row.id, nickname: row.nickname, phone: maskPhone(phone), homeId: row.homeId, homeName: row.homeName };
}
