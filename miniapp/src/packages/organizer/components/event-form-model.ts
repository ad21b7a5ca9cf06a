import type { CreateEventRequest, EventType, EventView } from '@tongxin/types';

// Events are entered in China time (UTC+8), whatever the phone's clock zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export interface EventFormValues {
  title: string;
  type: EventType;
  venue: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
  pointsReward: string;
  needsApproval: boolean;
}

function chinaParts(ms: number): { date: string; time: string } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** A new event: starting in about half an hour (on a five-minute mark), two hours long. */
export function emptyForm(now: number = Date.now()): EventFormValues {
  const step = 5 * 60_000;
  const start = Math.ceil((now + 30 * 60_000) / step) * step;
  const s = chinaParts(start);
  return {
    title: '',
    type: 'class',
    venue: '',
    description: '',
    date: s.date,
    startTime: s.time,
    endTime: chinaParts(start + 2 * 60 * 60_000).time,
    capacity: '30',
    pointsReward: '10',
    needsApproval: false,
  };
}

export function formFromEvent(event: EventView): EventFormValues {
  const s = chinaParts(new Date(event.startsAt).getTime());
  return {
    title: event.title,
    type: event.type,
    venue: event.venue,
    description: event.description,
    date: s.date,
    startTime: s.time,
    endTime: chinaParts(new Date(event.endsAt).getTime()).time,
    capacity: String(event.capacity),
    pointsReward: String(event.pointsReward),
    needsApproval: event.needsApproval,
  };
}

function chinaIso(date: string, time: string): number {
  return new Date(`${date}T${time}:00+08:00`).getTime();
}

export type EventBody = Omit<CreateEventRequest, 'placeId'>;

/** The request body, or the first thing to fix. An end time before the start means the next day. */
export function toEventBody(values: EventFormValues): { body: EventBody } | { error: string } {
  if (values.title.trim().length < 2) return { error: '请填写活动名称（至少 2 个字）' };
  if (!values.venue.trim()) return { error: '请填写活动地点' };
  if (!values.description.trim()) return { error: '请填写活动介绍' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return { error: '日期格式：2026-11-28' };
  if (!/^\d{2}:\d{2}$/.test(values.startTime) || !/^\d{2}:\d{2}$/.test(values.endTime)) {
    return { error: '时间格式：14:00' };
  }
  const start = chinaIso(values.date, values.startTime);
  let end = chinaIso(values.date, values.endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) return { error: '请检查日期和时间' };
  if (end <= start) end += 24 * 60 * 60_000;
  const capacity = Number(values.capacity);
  const pointsReward = Number(values.pointsReward);
  if (!Number.isInteger(capacity) || capacity < 1) return { error: '名额至少 1 人' };
  if (!Number.isInteger(pointsReward) || pointsReward < 0) return { error: '积分请填 0 或正整数' };
  return {
    body: {
      title: values.title.trim(),
      type: values.type,
      venue: values.venue.trim(),
      description: values.description.trim(),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(end).toISOString(),
      capacity,
      pointsReward,
      needsApproval: values.needsApproval,
    },
  };
}
