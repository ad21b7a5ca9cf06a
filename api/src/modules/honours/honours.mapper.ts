import type { HonourView } from '@tongxin/types';

import type { HonourRow } from './honours.repository';

export function toHonourView(row: HonourRow): HonourView {
  return {
    id: row.id,
    communityId: row.communityId,
    kind: row.kind,
    name: row.name ?? '',
    citation: row.citation,
    status: row.status,
    publishedFrom: row.publishedFrom?.toISOString() ?? null,
    publishedUntil: row.publishedUntil?.toISOString() ?? null,
    nominatedBy: row.nominatedBy,
    approvedBy: row.approvedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
