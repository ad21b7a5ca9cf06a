import { PlaceLevel } from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { Place } from '../src/modules/places/place.entity';
import { PlaceUnit } from '../src/modules/places/place-unit.entity';
import { SeedService } from '../src/modules/seed/seed.service';
import { User } from '../src/modules/users/user.entity';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('demo seeding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => ({
    places: await t.dataSource.manager.count(Place),
    users: await t.dataSource.manager.count(User),
    events: await t.dataSource.manager.count(CommunityEvent),
    units: await t.dataSource.manager.count(PlaceUnit),
  });

  it('seeded the articles’ places on start and is idempotent', async () => {
    const before = await counts();
    expect(before).toEqual({ places: 32, users: 9, events: 10, units: 6 });
    const names = (await t.dataSource.manager.find(Place, { where: { level: PlaceLevel.Community } })).map(
      (p) => p.name,
    );
    expect(names.sort()).toEqual(['兴旺社区', '阿吉拉沁社区']);

    const again = await t.app.get(SeedService).seed({ force: false });
    expect(again).toEqual({
      seeded: false,
      reason: 'already-seeded',
      inserted: { places: 0, users: 0, grants: 0, events: 0, units: 0, categories: 0 },
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves a database with real data alone unless forced', async () => {
    await t.dataSource.manager.insert(Place, {
      id: newId(),
      level: PlaceLevel.Street,
      name: '真实街道',
      parentId: null,
      path: 'real/',
      retiredAt: null,
    });
    await t.dataSource.createQueryBuilder().delete().from(CommunityEvent).execute();
    const refused = await t.app.get(SeedService).seed({ force: false });
    expect(refused.reason).toBe('has-real-data');
    expect(await t.dataSource.manager.count(CommunityEvent)).toBe(0);

    const forced = await t.app.get(SeedService).seed({ force: true });
    expect(forced).toMatchObject({
      seeded: true,
      inserted: { places: 0, users: 0, grants: 0, events: 10, units: 0, categories: 0 },
    });
  });
});
