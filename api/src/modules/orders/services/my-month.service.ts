import { Injectable } from '@nestjs/common';
import type { MyMonth } from '@tongxin/types';

import type { Caller } from '../../access/authorize.decorator';
import { monthKey } from '../../points/periods';
import { PointsRepository } from '../../points/points.repository';
import { OrdersRepository } from '../repositories/orders.repository';

/** 我的本月: read from the handler's month row and the points tallies, never from the order history. */
@Injectable()
export class MyMonthService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly points: PointsRepository,
  ) {}

  async get(caller: Caller, month?: string, now: Date = new Date()): Promise<MyMonth> {
    const periodKey = month ? `M${month}` : monthKey(now);
    const [row, pointsEarned] = await Promise.all([
      this.orders.findMonth(caller.userId, periodKey),
      this.points.earnedIn(caller.userId, periodKey),
    ]);
    const finished = row?.finished ?? 0;
    const ratings = row?.ratingCount ?? 0;
    return {
      month: periodKey.slice(1),
      ordersFinished: finished,
      onTimeShare: finished > 0 ? (row?.onTime ?? 0) / finished : null,
      averageRating: ratings > 0 ? Math.round(((row?.ratingSum ?? 0) / ratings) * 10) / 10 : null,
      ratings,
      pointsEarned,
    };
  }
}
