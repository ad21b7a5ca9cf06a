import type { FlagReason, ModerationCaseView, ModerationWordView } from '@tongxin/types';

import type { ModerationWord } from './entities/moderation-word.entity';
import type { CaseRow } from './moderation.repository';

export interface CaseViewParts {
  row: CaseRow;
  reasons: { reason: FlagReason; count: number }[];
  photoUrl: string | null;
}

export function toCaseView({ row, reasons, photoUrl }: CaseViewParts): ModerationCaseView {
  return {
    id: row.id,
    kind: row.recordKind,
    recordId: row.recordId,
    placeId: row.placeId,
    placeName: row.placeName,
    state: row.state,
    source: row.source,
    excerpt: row.excerpt,
    photoUrl,
    authorNickname: row.authorNickname,
    flagCount: row.flagCount,
    reasons,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    decisionReason: row.decisionReason,
  };
}

export function toWordView(word: ModerationWord): ModerationWordView {
  return { id: word.id, streetId: word.streetId, word: word.word, createdAt: word.createdAt.toISOString() };
}
