import type { AuditLogEntry } from '@tongxin/types';

import type { AuditRow } from './audit.repository';

export function toAuditLogEntry(row: AuditRow): AuditLogEntry {
  return {
    id: row.id,
    actorId: row.actorId,
    actorNickname: row.actorNickname ?? '',
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    placeId: row.placeId,
    placeName: row.placeName ?? '',
    details: row.details,
    createdAt: row.createdAt.toISOString(),
  };
}
