import {
  ApiRoute,
  type BatchScanRequest,
  type CreateEventRequest,
  type CreateEventSeriesRequest,
  type EventMessageRequest,
  type EventMessageResult,
  type EventRatingsSummary,
  type EventSeriesView,
  type EventView,
  type ListManagedEventsQuery,
  type ManagedEventSummary,
  type ManualCheckinRequest,
  type OfflineKit,
  type Page,
  type PageQuery,
  type RegistrationView,
  type RosterEntry,
  type ScanRequest,
  type ScanResult,
  type SeriesChangeResult,
  type SeriesSessionSummary,
  type UpdateEventRequest,
  type UpdateFollowingSessionsRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** Every event of the places the caller manages (drafts and cancelled ones too), newest start first. */
export function listManagedEvents(query: ListManagedEventsQuery): Promise<Page<ManagedEventSummary>> {
  return request<Page<ManagedEventSummary>>(ApiRoute.ManagedEvents, {
    query: {
      placeId: query.placeId,
      status: query.status,
      ...pageOf(query),
    },
  });
}

export function createEvent(body: CreateEventRequest): Promise<EventView> {
  return request<EventView>(ApiRoute.Events, { method: 'POST', body });
}

export function updateEvent(eventId: string, body: UpdateEventRequest): Promise<EventView> {
  return request<EventView>(ApiRoute.Event(eventId), { method: 'PATCH', body });
}

export function publishEvent(eventId: string): Promise<EventView> {
  return request<EventView>(ApiRoute.EventAdmin.Publish(eventId), { method: 'POST' });
}

export function cancelEvent(eventId: string): Promise<EventView> {
  return request<EventView>(ApiRoute.EventAdmin.Cancel(eventId), { method: 'POST' });
}

/** 通知参与者: a notice to everyone confirmed (and, if asked, waiting). */
export function messageAttendees(eventId: string, body: EventMessageRequest): Promise<EventMessageResult> {
  return request<EventMessageResult>(ApiRoute.EventAdmin.Messages(eventId), { method: 'POST', body });
}

export function getRoster(eventId: string, q?: string): Promise<RosterEntry[]> {
  return request<RosterEntry[]>(ApiRoute.EventAdmin.Roster(eventId), { query: { q: q || undefined } });
}

export function approveRegistration(eventId: string, registrationId: string): Promise<RegistrationView> {
  return request<RegistrationView>(ApiRoute.EventAdmin.ApproveRegistration(eventId, registrationId), {
    method: 'POST',
  });
}

export function rejectRegistration(eventId: string, registrationId: string): Promise<RegistrationView> {
  return request<RegistrationView>(ApiRoute.EventAdmin.RejectRegistration(eventId, registrationId), {
    method: 'POST',
  });
}

export function getOfflineKit(eventId: string): Promise<OfflineKit> {
  return request<OfflineKit>(ApiRoute.EventAdmin.OfflineKit(eventId));
}

/** 200 with the result, or an ApiError (TICKET_INVALID / TICKET_REVOKED) whose details hold the ScanResult. */
export function checkIn(eventId: string, body: ScanRequest): Promise<ScanResult> {
  return request<ScanResult>(ApiRoute.EventAdmin.Checkins(eventId), { method: 'POST', body });
}

export function checkInBatch(eventId: string, body: BatchScanRequest): Promise<ScanResult[]> {
  return request<ScanResult[]>(ApiRoute.EventAdmin.CheckinsBatch(eventId), { method: 'POST', body });
}

export function checkInManually(eventId: string, body: ManualCheckinRequest): Promise<ScanResult> {
  return request<ScanResult>(ApiRoute.EventAdmin.CheckinManual(eventId), { method: 'POST', body });
}

/** 签退 at a volunteer event: 200 with the result, or an ApiError whose details hold the ScanResult. */
export function checkOut(eventId: string, body: ScanRequest): Promise<ScanResult> {
  return request<ScanResult>(ApiRoute.EventAdmin.Checkouts(eventId), { method: 'POST', body });
}

export function checkOutBatch(eventId: string, body: BatchScanRequest): Promise<ScanResult[]> {
  return request<ScanResult[]>(ApiRoute.EventAdmin.CheckoutsBatch(eventId), { method: 'POST', body });
}

export function checkOutManually(eventId: string, body: ManualCheckinRequest): Promise<ScanResult> {
  return request<ScanResult>(ApiRoute.EventAdmin.CheckoutManual(eventId), { method: 'POST', body });
}

export function undoCheckin(eventId: string, checkinId: string): Promise<void> {
  return request<void>(ApiRoute.EventAdmin.Checkin(eventId, checkinId), { method: 'DELETE' });
}

export function getRatings(eventId: string): Promise<EventRatingsSummary> {
  return request<EventRatingsSummary>(ApiRoute.EventRatings(eventId));
}

/** A weekly series: every session made at once, as drafts. */
export function createSeries(body: CreateEventSeriesRequest): Promise<EventSeriesView> {
  return request<EventSeriesView>(ApiRoute.EventSeries.Collection, { method: 'POST', body });
}

export function getSeries(seriesId: string): Promise<EventSeriesView> {
  return request<EventSeriesView>(ApiRoute.EventSeries.Series(seriesId));
}

export function listSeriesSessions(seriesId: string, query: PageQuery): Promise<Page<SeriesSessionSummary>> {
  return request<Page<SeriesSessionSummary>>(ApiRoute.EventSeries.Sessions(seriesId), { query: { ...pageOf(query) } });
}

export function publishSeries(seriesId: string): Promise<EventSeriesView> {
  return request<EventSeriesView>(ApiRoute.EventSeries.Publish(seriesId), { method: 'POST' });
}

/** 编辑本场及以后: what differs from this session goes to it and every later live session. */
export function updateFollowing(eventId: string, body: UpdateFollowingSessionsRequest): Promise<SeriesChangeResult> {
  return request<SeriesChangeResult>(ApiRoute.EventAdmin.UpdateFollowing(eventId), { method: 'PATCH', body });
}

export function cancelFollowing(eventId: string): Promise<SeriesChangeResult> {
  return request<SeriesChangeResult>(ApiRoute.EventAdmin.CancelFollowing(eventId), { method: 'POST' });
}
