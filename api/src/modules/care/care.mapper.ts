import type { CareCategoryView, CareRecordSummary, CareRecordView, CareVisitView, PhotoView } from '@tongxin/types';

import type { CareListRow } from './care.repository';
import type { CareCategory } from './entities/care-category.entity';
import type { CareRecord } from './entities/care-record.entity';

const DAY_MS = 86_400_000;

export function toCategoryView(c: CareCategory): CareCategoryView {
  return { id: c.id, key: c.key ?? '', name: c.name, visitDays: c.visitDays };
}

/** Whole days a visit is past due at `now` (0 when not due yet). */
export function overdueDays(due: Date | null, now: Date): number {
  return due && due.getTime() < now.getTime() ? Math.floor((now.getTime() - due.getTime()) / DAY_MS) : 0;
}

/** 王秀兰 → 王*兰, 李四 → 李*: lists never show a whole name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function toCareSummary(row: CareListRow, names: Map<string, string>, now: Date): CareRecordSummary {
  return {
    id: row.id,
    gridName: row.gridName,
    household: row.household,
    personName: row.personNameMask,
    categories: row.categoryIds.map((id) => names.get(id) ?? '').filter(Boolean),
    responsibleName: row.responsibleName,
    nextVisitDue: row.nextVisitDueAt?.toISOString() ?? null,
    overdueDays: overdueDays(row.nextVisitDueAt, now),
    status: row.status,
    safetyCheck: row.safetyCheck,
  };
}

/** The whole record for those who may read it, its sealed fields opened. */
export function toCareView(input: {
  r: CareRecord;
  open: (sealed: string | null) => string | null;
  names: { gridName: string; buildingName: string | null; responsibleName: string | null; helperName: string | null };
  categories: CareCategory[];
  visits: CareVisitView[];
  history: CareRecordView['history'];
  now: Date;
}): CareRecordView {
  const { r, open } = input;
  return {
    id: r.id,
    communityId: r.communityId,
    gridId: r.gridId,
    gridName: input.names.gridName,
    buildingId: r.buildingId,
    buildingName: input.names.buildingName,
    household: r.household,
    personName: open(r.personNameCipher) ?? '',
    phone: open(r.phoneCipher),
    memberId: r.memberId,
    categories: input.categories.map(toCategoryView),
    needs: open(r.needsCipher) ?? '',
    situation: open(r.situationCipher),
    responsible: r.responsibleId ? { id: r.responsibleId, name: input.names.responsibleName ?? '' } : null,
    helper:
      r.helperMemberId || r.helperName
        ? { memberId: r.helperMemberId, name: input.names.helperName ?? r.helperName ?? '' }
        : null,
    reviewOn: r.reviewOn,
    consent: { by: r.consentBy, on: r.consentOn },
    status: r.status,
    closedReason: r.closedReason,
    safetyCheck: r.safetyCheck,
    lastSafeDay: r.lastSafeDay,
    nextVisitDue: r.nextVisitDueAt?.toISOString() ?? null,
    overdueDays: overdueDays(r.nextVisitDueAt, input.now),
    visits: input.visits,
    history: input.history,
    createdAt: r.createdAt.toISOString(),
  };
}

export function toVisitView(
  v: {
    id: string;
    visitedAt: Date;
    visitorName: string | null;
    findings: string;
    lng: number | null;
    lat: number | null;
    followUpReportId: string | null;
  },
  photos: PhotoView[],
): CareVisitView {
  return {
    id: v.id,
    visitedAt: v.visitedAt.toISOString(),
    visitorName: v.visitorName,
    findings: v.findings,
    photos,
    location: v.lng !== null && v.lat !== null ? { lng: v.lng, lat: v.lat } : null,
    followUpReportId: v.followUpReportId,
  };
}
