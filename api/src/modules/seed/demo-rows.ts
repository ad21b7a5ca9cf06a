import { CommunityEvent } from '../events/event.entity';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import {
  chinaTime,
  DEMO_EVENT_STATUS,
  DEMO_EVENTS,
  DEMO_PLACES,
  DEMO_USERS,
  demoEventId,
  demoPlaceId,
  demoUserId,
} from './demo-data';

/** Entity rows for the demo data set; event times are relative to `now`. */
export function buildDemoRows(now: Date): { places: Place[]; users: User[]; events: CommunityEvent[] } {
  const paths = new Map<string, string>();
  const places = DEMO_PLACES.map((demo) => {
    const id = demoPlaceId(demo.key);
    const parentPath = demo.parent ? paths.get(demo.parent) : '';
    if (parentPath === undefined) throw new Error(`demo place ${demo.key} listed before its parent`);
    paths.set(demo.key, `${parentPath}${id}/`);
    return Object.assign(new Place(), {
      id,
      level: demo.level,
      name: demo.name,
      parentId: demo.parent ? demoPlaceId(demo.parent) : null,
      path: paths.get(demo.key) as string,
      retiredAt: null,
    });
  });
  const users = DEMO_USERS.map((demo) =>
    Object.assign(new User(), {
      id: demoUserId(demo.key),
      nickname: demo.nickname,
      avatarUrl: null,
      homePlaceId: demoPlaceId(demo.home),
    }),
  );
  const events = DEMO_EVENTS.map((demo) => {
    const startsAt = chinaTime(now, demo.inDays, demo.startHour);
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
  });
  return { places, users, events };
}
