import type { PageQuery } from './pagination';

export const EventType = {
  Class: 'class',
  Festival: 'festival',
  Care: 'care',
  Talk: 'talk',
  Volunteer: 'volunteer',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  class: '课堂',
  festival: '文化节',
  care: '托管',
  talk: '宣讲',
  volunteer: '志愿服务',
};

export const EventStatus = {
  Draft: 'draft',
  Published: 'published',
  Cancelled: 'cancelled',
} as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

/** One row of an events list. Times are ISO 8601 strings in UTC. */
export interface EventSummary {
  id: string;
  title: string;
  type: EventType;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  pointsReward: number;
  placeId: string;
  placeName: string;
}

/** An event with its description (the detail page). */
export interface EventDetail extends EventSummary {
  description: string;
}

export interface ListEventsQuery extends PageQuery {
  /** Only events that have not ended yet (default true). */
  upcoming?: boolean;
  /** Only events on this place or below it. */
  placeId?: string;
  type?: EventType;
}
