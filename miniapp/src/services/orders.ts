import {
  ApiRoute,
  type AssignOrderRequest,
  type CancelOrderRequest,
  type ConfirmOrderRequest,
  type FollowUpView,
  type GrabOrderRequest,
  type ListOrdersQuery,
  type MemberSummary,
  type MyMonth,
  type OrderActionName,
  type OrderActionRequest,
  type Page,
  type PageQuery,
  type ReportDetail,
  type ReportView,
} from '@tongxin/types';

import { IDEMPOTENCY_HEADER } from './idempotency';
import { pageOf, request } from './request';

/** Open orders in the caller's grids; nearest first when lng/lat are given. */
export function listHall(query: ListOrdersQuery): Promise<Page<ReportView>> {
  return request<Page<ReportView>>(ApiRoute.Orders.Hall, {
    query: { ...pageOf(query), lng: query.lng, lat: query.lat },
  });
}

/** 我的本月: this month's finished orders, on-time share, average rating and points earned. */
export function getMyMonth(): Promise<MyMonth> {
  return request<MyMonth>(ApiRoute.Orders.MyMonth);
}

export function listMyOrders(query: PageQuery): Promise<Page<ReportView>> {
  return request<Page<ReportView>>(ApiRoute.Orders.Mine, { query: pageOf(query) });
}

/** Staff and grid workers: orders by deadline. */
export function listQueue(query: ListOrdersQuery): Promise<Page<ReportView>> {
  return request<Page<ReportView>>(ApiRoute.Orders.Queue, {
    query: { ...pageOf(query), status: query.status, gridId: query.gridId },
  });
}

export type OrderActionBody =
  OrderActionRequest | AssignOrderRequest | CancelOrderRequest | ConfirmOrderRequest | GrabOrderRequest;

/**
 * One state change of an order. The key is made once per tap and sent unchanged on every retry,
 * so a retried action is never applied twice. `onBehalfOf`: a parent's confirm or not-fixed (亲情代办).
 */
export function orderAction(
  orderId: string,
  action: OrderActionName,
  body: OrderActionBody | undefined,
  idempotencyKey: string,
  onBehalfOf?: string,
): Promise<ReportDetail> {
  return request<ReportDetail>(ApiRoute.Orders.Action(orderId, action), {
    method: 'POST',
    body: body ?? {},
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    onBehalfOf,
  });
}

/** Candidates for assignment: members of a grid (the API refuses anyone who is not its grid member). */
export function listGridMembers(gridId: string, query: PageQuery): Promise<Page<MemberSummary>> {
  return request<Page<MemberSummary>>(ApiRoute.Members, { query: { placeId: gridId, ...pageOf(query) } });
}

export function listFollowUps(query: PageQuery): Promise<Page<FollowUpView>> {
  return request<Page<FollowUpView>>(ApiRoute.Orders.FollowUps, { query: pageOf(query) });
}

export function markFollowUpDone(followUpId: string): Promise<void> {
  return request<void>(ApiRoute.Orders.FollowUpDone(followUpId), { method: 'POST' });
}
