/**
 * Paths of the sign-up, ticket and organizer endpoints under the API prefix. They belong in
 * @tongxin/types' ApiRoute; kept here until they are added there.
 */
const id = (value: string) => encodeURIComponent(value);

export const EventsRoute = {
  View: (eventId: string) => `events/${id(eventId)}/view`,
  Registrations: (eventId: string) => `events/${id(eventId)}/registrations`,
  MyRegistrations: 'events/registrations/mine',
  CancelRegistration: (registrationId: string) => `events/registrations/${id(registrationId)}/cancel`,
  Ticket: (registrationId: string) => `events/registrations/${id(registrationId)}/ticket`,
  Ratings: (eventId: string) => `events/${id(eventId)}/ratings`,
  Publish: (eventId: string) => `events/${id(eventId)}/publish`,
  Cancel: (eventId: string) => `events/${id(eventId)}/cancel`,
  Roster: (eventId: string) => `events/${id(eventId)}/roster`,
  Approve: (eventId: string, registrationId: string) =>
    `events/${id(eventId)}/registrations/${id(registrationId)}/approve`,
  OfflineKit: (eventId: string) => `events/${id(eventId)}/offline-kit`,
  Checkins: (eventId: string) => `events/${id(eventId)}/checkins`,
  CheckinsBatch: (eventId: string) => `events/${id(eventId)}/checkins/batch`,
  CheckinManual: (eventId: string) => `events/${id(eventId)}/checkins/manual`,
  Checkin: (eventId: string, checkinId: string) => `events/${id(eventId)}/checkins/${id(checkinId)}`,
  AttendanceCsv: (eventId: string) => `events/${id(eventId)}/attendance.csv`,
} as const;
