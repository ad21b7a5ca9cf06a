import { HallReason, OrderStatus } from '@tongxin/types';

import { toHallReasons, toReportView } from './orders.mapper';
import type { ReportRow } from './repositories/reports.repository';

const row = (order: Partial<ReportRow> = {}): ReportRow => ({
  reportId: 'r1',
  kind: 'report',
  categoryId: 'c1',
  categoryName: '公共设施损坏',
  claimHours: 4,
  text: '路灯不亮',
  gridId: 'g1',
  gridName: '第一网格',
  buildingName: null,
  locationDetail: null,
  preferredTime: null,
  reporterId: 'reporter',
  reporterNickname: '其其格',
  meTooCount: 0,
  verifiedAt: null,
  reportCreatedAt: new Date('2026-12-05T06:00:00Z'),
  orderId: 'o1',
  status: OrderStatus.Claimed,
  handlerId: 'rider',
  handlerNickname: '马师傅',
  escalation: 'grid',
  deadlineAt: new Date('2026-12-05T10:00:00Z'),
  promisedAt: new Date('2026-12-05T08:00:00Z'),
  reopenCount: 0,
  rating: null,
  ratingComment: null,
  distance: null,
  rank: null,
  photos: [],
  ...order,
});

describe('orders mapper', () => {
  it('gives the hall’s reasons as it ranks: 在您的空闲时段 only with 顺路', () => {
    expect(toHallReasons({ onRoute: true, freeFit: true, expiring: false })).toEqual([
      HallReason.OnRoute,
      HallReason.FreeWindow,
    ]);
    expect(toHallReasons({ onRoute: false, freeFit: true, expiring: true })).toEqual([HallReason.Expiring]);
    expect(toHallReasons({ onRoute: false, freeFit: false, expiring: false })).toEqual([]);
  });

  it('carries reasons on hall rows only', () => {
    const viewer = { userId: 'other', seesIdentity: false };
    expect(toReportView(row(), [], viewer).reasons).toBeUndefined();
    const ranked = row({ rank: { onRoute: true, freeFit: false, expiring: false } });
    expect(toReportView(ranked, [], viewer).reasons).toEqual([HallReason.OnRoute]);
  });

  it('shows the promised time to the reporter, the handler and staff, while the order is claimed', () => {
    const promise = '2026-12-05T08:00:00.000Z';
    const seen = (userId: string, seesIdentity = false, status: OrderStatus = OrderStatus.Claimed) =>
      toReportView(row({ status }), [], { userId, seesIdentity }).order.promisedAt;
    expect([seen('reporter'), seen('rider'), seen('staff', true)]).toEqual([promise, promise, promise]);
    expect(seen('neighbour')).toBeNull();
    expect(seen('rider', false, OrderStatus.InProgress)).toBeNull();
  });
});
