import {
  type CreateEventRequest,
  type CreateEventSeriesRequest,
  type EventType,
  type EventView,
  MAX_SERIES_SESSIONS,
  WEEKDAY_LABEL,
} from '@tongxin/types';

// Events are entered in China time (UTC+8), whatever the phone's clock zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

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
  /** https address of a cover picture; empty for none. */
  coverUrl: string;
  /** `2026-11-28 09:00` in China time; empty: sign-up opens when the event is published. */
  signupOpens: string;
  /** `2026-11-28 12:00` in China time; empty: sign-up closes when the event starts. */
  signupCloses: string;
  cancelDeadlineHours: string;
  /** 重复: once, or weekly on `weekdays` for `sessionCount` sessions (new events only). */
  repeat: 'none' | 'weekly';
  /** ISO weekdays, 1 = 周一 … 7 = 周日. */
  weekdays: number[];
  sessionCount: string;
}

function chinaParts(ms: number): { date: string; time: string } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

function chinaDateTime(iso: string | null): string {
  if (!iso) return '';
  const p = chinaParts(new Date(iso).getTime());
  return `${p.date} ${p.time}`;
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
    coverUrl: '',
    signupOpens: '',
    signupCloses: '',
    cancelDeadlineHours: '2',
    repeat: 'none',
    weekdays: [],
    sessionCount: '12',
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
    coverUrl: event.coverUrl ?? '',
    signupOpens: chinaDateTime(event.signupOpensAt),
    signupCloses: chinaDateTime(event.signupClosesAt),
    cancelDeadlineHours: String(event.cancelDeadlineHours),
    repeat: 'none',
    weekdays: [],
    sessionCount: '',
  };
}

/** The ISO weekday (1 = 周一 … 7 = 周日) of a `2026-11-28` date; null when it does not parse. */
export function weekdayOf(date: string): number | null {
  if (!DATE.test(date)) return null;
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? null : day || 7;
}

/** `每周二、周四 15:00–17:00，共 12 场` — what the series will be, under the 重复 choice. */
export function seriesSummary(values: EventFormValues): string | null {
  if (values.repeat !== 'weekly' || values.weekdays.length === 0) return null;
  const days = [...values.weekdays].sort((a, b) => a - b).map((d) => WEEKDAY_LABEL[d]);
  const count = Number(values.sessionCount);
  const times = `${values.startTime}–${values.endTime}`;
  return `每${days.join('、')} ${times}${Number.isInteger(count) && count > 0 ? `，共 ${count} 场` : ''}，${values.date} 起`;
}

function chinaIso(date: string, time: string): number {
  return new Date(`${date}T${time}:00+08:00`).getTime();
}

/** Start and end in ms; an end time before the start means the next day. Null when the fields don't parse. */
function eventTimes(values: EventFormValues): { start: number; end: number } | null {
  if (!DATE.test(values.date) || !TIME.test(values.startTime) || !TIME.test(values.endTime)) return null;
  const start = chinaIso(values.date, values.startTime);
  let end = chinaIso(values.date, values.endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  if (end <= start) end += 24 * 60 * 60_000;
  return { start, end };
}

/** `2026-11-28 09:00` → ms; undefined for empty, NaN when it does not parse. */
function optionalDateTime(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = DATE_TIME.exec(trimmed);
  return match ? chinaIso(match[1]!, match[2]!) : Number.NaN;
}

/**
 * When tickets can be scanned, as the check-in line under the times says it: from `windowMinutes` before the
 * start to as long after the end (as the API's checkin-window.ts computes it). Null while the times don't parse.
 */
export function checkinWindowText(values: EventFormValues, windowMinutes: number): string | null {
  const times = eventTimes(values);
  if (!times) return null;
  const from = chinaParts(times.start - windowMinutes * 60_000);
  const until = chinaParts(times.end + windowMinutes * 60_000);
  const untilText = until.date === from.date ? until.time : `${until.date} ${until.time}`;
  return `${from.date} ${from.time} – ${untilText}`;
}

export type EventBody = Omit<CreateEventRequest, 'placeId'>;

/** The request body, or the first thing to fix. An end time before the start means the next day. */
export function toEventBody(values: EventFormValues): { body: EventBody } | { error: string } {
  if (values.title.trim().length < 2) return { error: '请填写活动名称（至少 2 个字）' };
  if (!values.venue.trim()) return { error: '请填写活动地点' };
  if (!values.description.trim()) return { error: '请填写活动介绍' };
  if (!DATE.test(values.date)) return { error: '日期格式：2026-11-28' };
  if (!TIME.test(values.startTime) || !TIME.test(values.endTime)) return { error: '时间格式：14:00' };
  const times = eventTimes(values);
  if (!times) return { error: '请检查日期和时间' };
  const capacity = Number(values.capacity);
  const pointsReward = Number(values.pointsReward);
  const cancelDeadlineHours = Number(values.cancelDeadlineHours);
  if (!Number.isInteger(capacity) || capacity < 1) return { error: '名额至少 1 人' };
  if (!Number.isInteger(pointsReward) || pointsReward < 0) return { error: '积分请填 0 或正整数' };
  if (!Number.isInteger(cancelDeadlineHours) || cancelDeadlineHours < 0 || cancelDeadlineHours > 168) {
    return { error: '取消截止请填 0–168 小时' };
  }
  const coverUrl = values.coverUrl.trim();
  if (coverUrl && !/^https:\/\/\S+$/.test(coverUrl)) return { error: '封面图片地址需以 https:// 开头' };
  const opens = optionalDateTime(values.signupOpens);
  const closes = optionalDateTime(values.signupCloses);
  if (Number.isNaN(opens) || Number.isNaN(closes)) return { error: '报名时间格式：2026-11-28 09:00' };
  if (opens !== undefined && closes !== undefined && closes <= opens) return { error: '报名截止应晚于报名开始' };
  if (closes !== undefined && closes > times.start) return { error: '报名截止不能晚于活动开始' };
  return {
    body: {
      title: values.title.trim(),
      type: values.type,
      venue: values.venue.trim(),
      description: values.description.trim(),
      startsAt: new Date(times.start).toISOString(),
      endsAt: new Date(times.end).toISOString(),
      capacity,
      pointsReward,
      needsApproval: values.needsApproval,
      cancelDeadlineHours,
      ...(coverUrl ? { coverUrl } : {}),
      ...(opens !== undefined ? { signupOpensAt: new Date(opens).toISOString() } : {}),
      ...(closes !== undefined ? { signupClosesAt: new Date(closes).toISOString() } : {}),
    },
  };
}

export type SeriesBody = Omit<CreateEventSeriesRequest, 'placeId'>;

/** A weekly series: the event's fields (its first session) and the weekdays and number of sessions. */
export function toSeriesBody(values: EventFormValues): { body: SeriesBody } | { error: string } {
  const parsed = toEventBody(values);
  if ('error' in parsed) return parsed;
  if (values.weekdays.length === 0) return { error: '请选择每周哪几天' };
  const count = Number(values.sessionCount);
  if (!Number.isInteger(count) || count < 2 || count > MAX_SERIES_SESSIONS) {
    return { error: `场次请填 2–${MAX_SERIES_SESSIONS}` };
  }
  return { body: { ...parsed.body, recurrence: { weekdays: [...values.weekdays].sort((a, b) => a - b), count } } };
}
