import type { EventDetail, EventSummary } from '@tongxin/types';

import type { EventDetailRow, EventRow } from './events.repository';

export function toEventSummary(row: EventRow): EventSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    venue: row.venue,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    pointsReward: row.pointsReward,
    placeId: row.placeId,
    placeName: row.placeName,
  };
}

export function toEventDetail(row: EventDetailRow): EventDetail {
  return { ...toEventSummary(row), description: row.description };
}
