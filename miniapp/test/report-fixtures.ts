import type { OrderView, Page, PhotoView, ReportCategoryView, ReportDetail, ReportView } from '@tongxin/types';

export function photo(id: string): PhotoView {
  return { id, url: `https://img.test/${id}.jpg`, thumbUrl: `https://img.test/${id}-t.jpg`, width: 800, height: 600 };
}

export function report(id: string, order: Partial<OrderView> = {}, extra: Partial<ReportView> = {}): ReportView {
  return {
    id,
    kind: 'report',
    categoryId: 'cat-facility',
    categoryName: '公共设施损坏',
    text: '1号楼东侧路灯不亮',
    photos: [],
    gridId: 'grid-1',
    gridName: '阿吉拉沁第一网格',
    buildingName: '1号楼',
    locationDetail: null,
    preferredTime: null,
    reporterNickname: null,
    isMine: false,
    meTooCount: 0,
    verified: false,
    createdAt: '2026-11-22T06:00:00.000Z',
    moderation: null,
    ...extra,
    order: {
      id: `order-${id}`,
      status: 'open',
      handlerId: null,
      handlerNickname: null,
      escalation: 'grid',
      deadlineAt: '2026-11-22T10:00:00.000Z',
      overdue: false,
      reopenCount: 0,
      rating: null,
      ratingComment: null,
      distanceMeters: null,
      promisedAt: null,
      claimHours: 2,
      ...order,
    },
  };
}

export function detail(view: ReportView): ReportDetail {
  return {
    ...view,
    history: [
      {
        id: 'h1',
        action: 'file',
        fromStatus: null,
        toStatus: 'open',
        actorNickname: '其其格',
        note: null,
        photos: [],
        createdAt: view.createdAt,
      },
    ],
  };
}

export function pageOf<T>(items: T[]): Page<T> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

export function category(id: string, name: string, kind: 'report' | 'need' = 'report'): ReportCategoryView {
  return {
    id,
    communityId: 'community-1',
    name,
    kind,
    deadlines: { openHours: 4, claimedHours: 2, inProgressHours: 24 },
    active: true,
  };
}
