import { OrderStatus } from '@tongxin/types';

import {
  ACTIVE_STATUSES,
  dealsWithOwnReport,
  LIVE_STATUSES,
  ORDER_MOVES,
  type OrderMoveName,
  UNRESOLVED_STATUSES,
} from './order-states';

const ALL = Object.values(OrderStatus);
const { Open, Claimed, InProgress, Done, Confirmed, Closed, Cancelled } = OrderStatus;
const canMove = (name: OrderMoveName, status: OrderStatus) => ORDER_MOVES[name].from.includes(status);

describe('order state table', () => {
  it('allows exactly these moves', () => {
    const table = Object.fromEntries(
      Object.entries(ORDER_MOVES).map(([name, move]) => [name, { from: [...move.from].sort(), to: move.to }]),
    );
    expect(table).toEqual({
      grabbed: { from: [Open], to: Claimed },
      assigned: { from: [Claimed, InProgress, Open].sort(), to: Claimed },
      reassigned: { from: [Claimed, InProgress, Open].sort(), to: Claimed },
      started: { from: [Claimed], to: InProgress },
      finished: { from: [InProgress], to: Done },
      confirmed: { from: [Done], to: Confirmed },
      auto_confirmed: { from: [Done], to: Confirmed },
      reopened: { from: [Done], to: InProgress },
      taken_back: { from: [Claimed, InProgress].sort(), to: Open },
      released: { from: [Claimed], to: Open },
      cancelled: { from: [Claimed, Done, InProgress, Open].sort(), to: Cancelled },
      closed: { from: [Confirmed], to: Closed },
    });
  });

  it('lets an order be grabbed only from the hall', () => {
    expect(ALL.filter((s) => canMove('grabbed', s))).toEqual([Open]);
  });

  it('lets only the holder of a claimed order start it, and only a started one be finished', () => {
    expect(ALL.filter((s) => canMove('started', s))).toEqual([Claimed]);
    expect(ALL.filter((s) => canMove('finished', s))).toEqual([InProgress]);
  });

  it('asks the reporter only about finished orders', () => {
    for (const name of ['confirmed', 'auto_confirmed', 'reopened'] as const) {
      expect(ALL.filter((s) => canMove(name, s))).toEqual([Done]);
    }
  });

  it('never moves an order out of closed or cancelled, nor cancels a confirmed one', () => {
    for (const name of Object.keys(ORDER_MOVES) as OrderMoveName[]) {
      expect([name, canMove(name, Closed)]).toEqual([name, false]);
      expect([name, canMove(name, Cancelled)]).toEqual([name, false]);
    }
    expect(canMove('cancelled', Confirmed)).toBe(false);
    expect(ALL.filter((s) => canMove('closed', s))).toEqual([Confirmed]);
  });

  it('reaches every state from open', () => {
    const reached = new Set<OrderStatus>([Open]);
    for (let grew = true; grew;) {
      grew = false;
      for (const move of Object.values(ORDER_MOVES)) {
        if (!reached.has(move.to) && move.from.some((s) => reached.has(s))) {
          reached.add(move.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...ALL].sort());
  });

  it('counts claimed and in-progress orders against the cap, escalates those and open ones, hints done ones too', () => {
    expect([...ACTIVE_STATUSES].sort()).toEqual([Claimed, InProgress].sort());
    expect([...LIVE_STATUSES].sort()).toEqual([Claimed, InProgress, Open].sort());
    expect([...UNRESOLVED_STATUSES].sort()).toEqual([Claimed, Done, InProgress, Open].sort());
  });

  it('takes back exactly the orders someone holds', () => {
    expect([...ORDER_MOVES.taken_back.from].sort()).toEqual([...ACTIVE_STATUSES].sort());
  });
});

describe('own reports', () => {
  const parties = (reporterId: string, actorId: string, handlerId: string | null) => ({
    reporterId,
    actorId,
    handlerId,
  });

  it('refuses the reporter grabbing, being assigned, verifying or confirming their own work', () => {
    expect(dealsWithOwnReport('grabbed', parties('r', 'r', 'r'))).toBe(true);
    expect(dealsWithOwnReport('assigned', parties('r', 'staff', 'r'))).toBe(true);
    expect(dealsWithOwnReport('reassigned', parties('r', 'staff', 'r'))).toBe(true);
    expect(dealsWithOwnReport('verified', parties('r', 'r', null))).toBe(true);
    expect(dealsWithOwnReport('confirmed', parties('r', 'r', 'r'))).toBe(true);
    expect(dealsWithOwnReport('auto_confirmed', parties('r', 'sweep', 'r'))).toBe(true);
  });

  it('lets others take those steps, and the reporter take the rest', () => {
    expect(dealsWithOwnReport('grabbed', parties('r', 'h', 'h'))).toBe(false);
    expect(dealsWithOwnReport('assigned', parties('r', 'r', 'h'))).toBe(false);
    expect(dealsWithOwnReport('verified', parties('r', 'staff', 'h'))).toBe(false);
    expect(dealsWithOwnReport('confirmed', parties('r', 'r', 'h'))).toBe(false);
    expect(dealsWithOwnReport('reopened', parties('r', 'r', 'h'))).toBe(false);
    expect(dealsWithOwnReport('cancelled', parties('r', 'r', 'r'))).toBe(false);
  });
});
