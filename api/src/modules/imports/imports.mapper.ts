import type { ImportSummary } from '@tongxin/types';

import type { ImportRunRow } from './repositories/import-runs.repository';

export function toImportSummary(row: ImportRunRow): ImportSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    scopeId: row.scopeId,
    scopeName: row.scopeName,
    actorId: row.actorId,
    actorName: row.actorName,
    fileName: row.fileName,
    fileHash: row.fileHash,
    rows: row.rowCount,
    counts: { create: row.createdCount, change: row.changedCount, unchanged: row.unchangedCount },
    breakdown: row.breakdown,
    errorCount: row.errorCount,
    createdAt: row.createdAt.toISOString(),
  };
}
