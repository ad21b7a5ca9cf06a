import type { BindingSummary } from '@tongxin/types';

import { maskPhone } from '../../infra/crypto/pii-cipher';
import type { BindingRow } from './bindings.repository';

/** `phone` is the member's decrypted phone: the member sees it whole, reviewing staff see it masked. */
export function toBindingSummary(
  row: BindingRow,
  { phone, forOwner }: { phone: string | null; forOwner: boolean },
): BindingSummary {
  return {
    id: row.id,
    userId: row.userId,
    nickname: row.nickname,
    phone: forOwner ? phone : maskPhone(phone),
    buildingId: row.buildingId,
    buildingName: row.buildingName,
    household: row.household,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
