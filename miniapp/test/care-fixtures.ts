import type {
  CareCategoryView,
  CareRecordSummary,
  CareRecordView,
  CareVisitView,
  RoleGrantSummary,
} from '@tongxin/types';

export const CATEGORIES: CareCategoryView[] = [
  { id: 'cat-dibao', key: 'dibao', name: '低保', visitDays: 30 },
  { id: 'cat-disabled', key: 'disabled', name: '残疾', visitDays: 30 },
  { id: 'cat-elder', key: 'elder_alone', name: '独居/空巢老人', visitDays: 7 },
];

/** A care role (or another) on 阿吉拉沁第一网格 (grid) or 阿吉拉沁社区 (community). */
export function careGrant(role: RoleGrantSummary['role'], placeLevel: 'grid' | 'community' = 'grid'): RoleGrantSummary {
  return {
    id: `grant-${role}-${placeLevel}`,
    role,
    placeId: placeLevel === 'grid' ? 'grid-1' : 'community-ajilaqin',
    placeName: placeLevel === 'grid' ? '阿吉拉沁第一网格' : '阿吉拉沁社区',
    placeLevel,
    grantedAt: '2026-11-01T00:00:00.000Z',
  };
}

export function careSummary(id: string, extra: Partial<CareRecordSummary> = {}): CareRecordSummary {
  return {
    id,
    gridName: '阿吉拉沁第一网格',
    household: '3单元202',
    personName: '张*胜',
    categories: ['低保', '残疾'],
    responsibleName: '王建国',
    nextVisitDue: '2026-12-20T02:00:00.000Z',
    overdueDays: 0,
    status: 'active',
    safetyCheck: false,
    ...extra,
  };
}

export function careVisit(id: string, extra: Partial<CareVisitView> = {}): CareVisitView {
  return {
    id,
    visitedAt: '2026-11-20T02:00:00.000Z',
    visitorName: '王建国',
    findings: '入户走访：暖气正常，家里电饭锅坏了，已记下帮忙联系维修',
    photos: [],
    location: null,
    followUpReportId: null,
    ...extra,
  };
}

/** 张德胜 of 阿吉拉沁第一网格, as `extra` changes him. */
export function careRecord(extra: Partial<CareRecordView> = {}): CareRecordView {
  return {
    id: 'record-1',
    communityId: 'community-ajilaqin',
    gridId: 'grid-1',
    gridName: '阿吉拉沁第一网格',
    buildingId: 'building-1',
    buildingName: '1号楼',
    household: '3单元202',
    personName: '张德胜',
    phone: '13912345670',
    memberId: null,
    categories: [CATEGORIES[0], CATEGORIES[1]],
    needs: '低保户，肢体残疾，冬季取暖和家电维修需要帮助',
    situation: null,
    responsible: { id: 'worker-1', name: '王建国' },
    helper: { memberId: null, name: '乌兰夫纪念馆志愿服务队' },
    reviewOn: null,
    consent: { by: 'self', on: '2026-11-01' },
    status: 'active',
    closedReason: null,
    safetyCheck: false,
    lastSafeDay: null,
    nextVisitDue: '2026-12-20T02:00:00.000Z',
    overdueDays: 0,
    visits: [careVisit('visit-1')],
    history: [
      {
        at: '2026-11-01T02:00:00.000Z',
        actorName: '王建国',
        fields: ['household', 'personName', 'phone', 'categoryIds', 'needs', 'helper'],
        action: 'created',
      },
    ],
    createdAt: '2026-11-01T02:00:00.000Z',
    ...extra,
  };
}
