import {
  ApiRoute,
  type EventDetail,
  type EventSummary,
  type EventView,
  type ListEventsQuery,
  type Page,
  type PageQuery,
  type RateEventRequest,
  type RegistrationView,
  type SeriesSignupCancelResult,
  type SeriesSignupResult,
  type SignUpRequest,
  type TicketView,
} from '@tongxin/types';

import { pageOf, request } from './request';

export function listEvents(query: ListEventsQuery): Promise<Page<EventSummary>> {
  return request<Page<EventSummary>>(ApiRoute.Events, {
    query: {
      upcoming: query.upcoming,
      placeId: query.placeId,
      type: query.type,
      ...pageOf(query),
    },
  });
}

export function getEvent(id: string): Promise<EventDetail> {
  return request<EventDetail>(ApiRoute.Event(id));
}

/** Public; the token (when signed in) makes the answer include `myRegistration`. */
export function getEventView(id: string): Promise<EventView> {
  return request<EventView>(ApiRoute.EventSignup.View(id));
}

/** `onBehalfOf`: signs the parent up (亲情代办); so for the two calls below. */
export function signUp(eventId: string, body: SignUpRequest, onBehalfOf?: string): Promise<RegistrationView> {
  return request<RegistrationView>(ApiRoute.EventSignup.Register(eventId), { method: 'POST', body, onBehalfOf });
}

export function listMyRegistrations(query: PageQuery, onBehalfOf?: string): Promise<Page<RegistrationView>> {
  return request<Page<RegistrationView>>(ApiRoute.EventSignup.MyRegistrations, {
    query: { ...pageOf(query) },
    onBehalfOf,
  });
}

export function cancelRegistration(registrationId: string, onBehalfOf?: string): Promise<RegistrationView> {
  return request<RegistrationView>(ApiRoute.EventSignup.CancelRegistration(registrationId), {
    method: 'POST',
    onBehalfOf,
  });
}

export function getTicket(registrationId: string): Promise<TicketView> {
  return request<TicketView>(ApiRoute.EventSignup.Ticket(registrationId));
}

export function rateEvent(eventId: string, body: RateEventRequest): Promise<void> {
  return request<void>(ApiRoute.EventRatings(eventId), { method: 'POST', body });
}

/** 报名全部场次: a sign-up in every session ahead that takes sign-ups now (a retry holds nothing twice). */
export function signUpSeries(seriesId: string, body: SignUpRequest): Promise<SeriesSignupResult> {
  return request<SeriesSignupResult>(ApiRoute.EventSeries.Register(seriesId), { method: 'POST', body });
}

export function cancelSeriesSignup(seriesId: string): Promise<SeriesSignupCancelResult> {
  return request<SeriesSignupCancelResult>(ApiRoute.EventSeries.CancelRegistrations(seriesId), { method: 'POST' });
}
