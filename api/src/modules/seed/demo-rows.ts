import type { PiiCipher } from '../../infra/crypto/pii-cipher';
import { stableId } from '../../infra/database/ids';
import { chinaWallClock } from '../../infra/time/china-time';
import { RoleGrant } from '../access/role-grant.entity';
import { CommunityEvent } from '../events/event.entity';
import { EventSeries } from '../events/event-series.entity';
import { ReportCategory } from '../orders/entities/report-category.entity';
import { boundingBox, rectangle } from '../places/boundary';
import { Place } from '../places/place.entity';
import { PlaceUnit } from '../places/place-unit.entity';
import { User } from '../users/user.entity';
import {
  chinaTime,
  DEMO_CATEGORIES,
  DEMO_EVENT_STATUS,
  DEMO_EVENTS,
  DEMO_PLACES,
  DEMO_UNITS,
  DEMO_USERS,
  demoCategoryId,
  type DemoEvent,
  demoEventId,
  demoGrantId,
  demoPlaceId,
  type DemoUnit,
  demoUnitId,
  type DemoUser,
  demoUserId,
} from './demo-data';
import type { DemoSeries } from './demo-history-data';

/** Entity rows for the demo data set; event times are relative to `now`. */
export interface DemoRows {
  places: Place[];
  users: User[];
  grants: RoleGrant[];
  events: CommunityEvent[];
  /** Weekly series; their sessions are in `events`. */
  series: EventSeries[];
  units: PlaceUnit[];
  categories: ReportCategory[];
}

export function buildDemoRows(now: Date, cipher: PiiCipher): DemoRows {
  const paths = new Map<string, string>();
  const places = DEMO_PLACES.map((demo) => {
    const id = demoPlaceId(demo.key);
    const parentPath = demo.parent ? paths.get(demo.parent) : '';
    if (parentPath === undefined) throw new Error(`demo place ${demo.key} listed before its parent`);
    paths.set(demo.key, `${parentPath}${id}/`);
    const boundary = demo.box ? rectangle(...demo.box) : null;
    return Object.assign(new Place(), {
      id,
      level: demo.level,
      name: demo.name,
      parentId: demo.parent ? demoPlaceId(demo.parent) : null,
      path: paths.get(demo.key) as string,
      boundary,
      ...(boundary ? boundingBox(boundary) : { minLng: null, minLat: null, maxLng: null, maxLat: null }),
      retiredAt: null,
    });
  });
  const users = userRows(DEMO_USERS, cipher);
  const grants = grantRows(DEMO_USERS);
  const events = DEMO_EVENTS.map((demo) => eventRow(demo, chinaTime(now, demo.inDays, demo.startHour)));
  const units = unitRows(DEMO_UNITS);
  const categories = DEMO_CATEGORIES.map((demo) =>
    Object.assign(new ReportCategory(), {
      id: demoCategoryId(demo.key),
      communityId: demoPlaceId(demo.community),
      name: demo.name,
      kind: demo.kind,
      openHours: demo.openHours,
      claimedHours: demo.claimedHours,
      inProgressHours: demo.inProgressHours,
      active: true,
    }),
  );
  return { places, users, grants, events, series: [], units, categories };
}

export function userRows(demoUsers: DemoUser[], cipher: PiiCipher): User[] {
  return demoUsers.map((demo) =>
    Object.assign(new User(), {
      id: demoUserId(demo.key),
      nickname: demo.nickname,
      avatarUrl: null,
      homePlaceId: demoPlaceId(demo.home),
      phoneCipher: cipher.encrypt(demo.phone),
      phoneHash: cipher.hash(demo.phone),
      wechatOpenid: null,
      deletedAt: null,
    }),
  );
}

export function grantRows(demoUsers: DemoUser[]): RoleGrant[] {
  return demoUsers.flatMap((demo) =>
    demo.grants.map((g) =>
      Object.assign(new RoleGrant(), {
        id: demoGrantId(demo.key, g.role, g.place),
        userId: demoUserId(demo.key),
        role: g.role,
        placeId: demoPlaceId(g.place),
        activeKey: `${demoUserId(demo.key)}:${g.role}:${demoPlaceId(g.place)}`,
        grantedBy: null,
        revokedAt: null,
        revokedBy: null,
      }),
    ),
  );
}

/** A published demo event starting at `startsAt`. */
export function eventRow(demo: DemoEvent, startsAt: Date): CommunityEvent {
  return Object.assign(new CommunityEvent(), {
    id: demoEventId(demo.key),
    placeId: demoPlaceId(demo.place),
    title: demo.title,
    type: demo.type,
    description: demo.description,
    venue: demo.venue,
    startsAt,
    endsAt: new Date(startsAt.getTime() + demo.hours * 3600_000),
    capacity: demo.capacity,
    pointsReward: demo.pointsReward,
    status: DEMO_EVENT_STATUS,
  });
}

export function unitRows(demoUnits: DemoUnit[]): PlaceUnit[] {
  return demoUnits.map((demo) =>
    Object.assign(new PlaceUnit(), {
      id: demoUnitId(demo.key),
      placeId: demoPlaceId(demo.place),
      kind: demo.kind,
      name: demo.name,
      address: demo.address,
      services: demo.services ?? null,
      openingHours: demo.openingHours ?? null,
      contactName: demo.contactName ?? null,
      contactPhone: demo.contactPhone ?? null,
      lng: demo.location?.lng ?? null,
      lat: demo.location?.lat ?? null,
      retiredAt: null,
    }),
  );
}

export const demoSeriesId = (key: string) => stableId(`series:${key}`);

/** One session of a demo series, as a demo event of its own (`inDays` from the seeding day). */
export interface DemoSession {
  index: number;
  event: DemoEvent;
}

/**
 * The sessions of a weekly demo series around `now`: the first one starting after `now` is session
 * `held.length + 1`, the held ones are the weeks before it (the last may still be running), the rest follow weekly.
 */
export function seriesSessions(series: DemoSeries, now: Date): DemoSession[] {
  const today = chinaWallClock(now).getUTCDay() || 7;
  let next = (series.weekday - today + 7) % 7;
  if (chinaTime(now, next, series.startHour) <= now) next += 7;
  const first = next - 7 * series.held.length;
  return Array.from({ length: series.sessions }, (_, i) => ({
    index: i + 1,
    event: {
      key: `${series.key}-${i + 1}`,
      place: series.place,
      title: series.title,
      type: series.type,
      venue: series.venue,
      inDays: first + 7 * i,
      startHour: series.startHour,
      hours: series.hours,
      capacity: series.capacity,
      pointsReward: series.pointsReward,
      description: series.description,
    },
  }));
}

/** The series row and its sessions; a held session is given as `live` (played, then moved back to its day). */
export function seriesRows(
  series: DemoSeries,
  now: Date,
  live: (session: DemoSession) => CommunityEvent | null,
): { series: EventSeries; sessions: CommunityEvent[] } {
  const sessions = seriesSessions(series, now);
  const id = demoSeriesId(series.key);
  const starts = sessions.map((s) => chinaTime(now, s.event.inDays, s.event.startHour));
  const rows = sessions.map((session, i) =>
    Object.assign(live(session) ?? eventRow(session.event, starts[i]!), {
      seriesId: id,
      seriesIndex: session.index,
      organizerId: demoUserId(series.organizer),
    }),
  );
  const row = Object.assign(new EventSeries(), {
    id,
    placeId: demoPlaceId(series.place),
    title: series.title,
    type: series.type,
    weekdays: String(series.weekday),
    startMinute: series.startHour * 60,
    durationMinutes: series.hours * 60,
    sessionCount: series.sessions,
    firstStartsAt: starts[0]!,
    lastStartsAt: starts[starts.length - 1]!,
    organizerId: demoUserId(series.organizer),
  });
  return { series: row, sessions: rows };
}
