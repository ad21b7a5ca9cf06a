import { OrderStatus } from '@tongxin/types';

/** States in which a handler holds the order: they count against the handler's cap on active orders. */
export const ACTIVE_STATUSES: readonly OrderStatus[] = [OrderStatus.Claimed, OrderStatus.InProgress];

/** States whose deadline escalates the order when missed (and shows it as overdue). */
export const LIVE_STATUSES: readonly OrderStatus[] = [OrderStatus.Open, ...ACTIVE_STATUSES];

/** States of a report not yet resolved: a new report of its category nearby is hinted as a duplicate of it. */
export const UNRESOLVED_STATUSES: readonly OrderStatus[] = [...LIVE_STATUSES, OrderStatus.Done];

/** One allowed move: a conditional UPDATE from one of `from` to `to`, so concurrent actors cannot both win. */
export interface OrderMove {
  readonly from: readonly OrderStatus[];
  readonly to: OrderStatus;
}

const move = (from: OrderStatus[], to: OrderStatus): OrderMove => ({ from, to });

/**
 * The order state table: open → claimed → in progress → done → confirmed → closed, with reopening, taking back and
 * cancelling. Each key is also the history entry's action. A move not listed here does not happen.
 */
export const ORDER_MOVES = {
  /** 抢单 from the hall. */
  grabbed: move([OrderStatus.Open], OrderStatus.Claimed),
  /** Staff hand an order nobody holds to someone who may grab in its grid. */
  assigned: move([OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress], OrderStatus.Claimed),
  /** Staff hand a held order to someone else. */
  reassigned: move([OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress], OrderStatus.Claimed),
  started: move([OrderStatus.Claimed], OrderStatus.InProgress),
  finished: move([OrderStatus.InProgress], OrderStatus.Done),
  confirmed: move([OrderStatus.Done], OrderStatus.Confirmed),
  /** The reporter did not answer in time (a sweep). */
  auto_confirmed: move([OrderStatus.Done], OrderStatus.Confirmed),
  /** "Not fixed": back to the same handler. */
  reopened: move([OrderStatus.Done], OrderStatus.InProgress),
  /** Staff take an order back from its handler to the hall. */
  taken_back: move([OrderStatus.Claimed, OrderStatus.InProgress], OrderStatus.Open),
  /** A claim not started in time goes back to the hall (a sweep). */
  released: move([OrderStatus.Claimed], OrderStatus.Open),
  cancelled: move(
    [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress, OrderStatus.Done],
    OrderStatus.Cancelled,
  ),
  closed: move([OrderStatus.Confirmed], OrderStatus.Closed),
};

export type OrderMoveName = keyof typeof ORDER_MOVES;

/** What a history entry records: a move, the order's creation, or an escalation (a level, not a state). */
export type OrderStepName = OrderMoveName | 'created' | 'escalated';

/** The people around one step: whoever reported the problem, whoever makes the step, whoever handles the order after it. */
export interface StepParties {
  reporterId: string;
  actorId: string;
  handlerId: string | null;
}

/**
 * Steps nobody takes on their own report, since the reporter is paid on verification and the handler on
 * confirmation: grabbing it (the actor becomes its handler), being assigned it, verifying it, or confirming work on
 * it that one did oneself (and so no handler is paid for their own report, whoever confirms).
 */
export const OWN_REPORT_REFUSED: Partial<Record<OrderStepName | 'verified', keyof StepParties>> = {
  grabbed: 'actorId',
  assigned: 'handlerId',
  reassigned: 'handlerId',
  verified: 'actorId',
  confirmed: 'handlerId',
  auto_confirmed: 'handlerId',
};

/** True when `step` would have the reporter deal with their own report. */
export function dealsWithOwnReport(step: OrderStepName | 'verified', parties: StepParties): boolean {
  const who = OWN_REPORT_REFUSED[step];
  return who !== undefined && parties[who] === parties.reporterId;
}
