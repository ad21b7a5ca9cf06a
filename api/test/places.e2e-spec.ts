import {
  type ApiErrorBody,
  type CreatePlaceRequest,
  type CreatePlaceUnitRequest,
  ErrorCode,
  EventStatus,
  type EventSummary,
  EventType,
  type LocatedGrid,
  type MovePlaceRequest,
  type Page,
  type PlaceDetail,
  PlaceLevel,
  type PlaceSummary,
  PlaceUnitKind,
  type PlaceUnitSummary,
  type RenamePlaceRequest,
  type SetBoundaryRequest,
  type UpdatePlaceUnitRequest,
} from '@tongxin/types';
import { In } from 'typeorm';

import { newId } from '../src/infra/database/ids';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { DEFAULT_CATEGORIES } from '../src/modules/orders/default-categories';
import { ReportCategory } from '../src/modules/orders/entities/report-category.entity';
import { rectangle } from '../src/modules/places/boundary';
import { Place } from '../src/modules/places/place.entity';
import { demoPlaceId, demoUnitId } from '../src/modules/seed/demo-data';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client>;

const id = demoPlaceId;
const error = (res: { status: number; body: unknown }) => ({
  status: res.status,
  code: (res.body as ApiErrorBody).code,
});

describe('places: management, boundaries, locate and units', () => {
  let t: TestApp;
  let anon: Api;
  let ajilaqinStaff: Api;
  let xingwangStaff: Api;
  let streetAdmin: Api;
  let resident: Api;
  let gridWorker: Api;

  beforeAll(async () => {
    t = await startTestApp();
    anon = client(t.baseUrl);
    const as = async (account: string) => client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);
    ajilaqinStaff = await as('staff-ajilaqin');
    xingwangStaff = await as('staff-xingwang');
    streetAdmin = await as('street-admin');
    resident = await as('resident');
    gridWorker = await as('grid-worker');
  });
  afterAll(() => t.close());

  /**
   * On MySQL/MariaDB, holds the places table until every request waits for it, so they start together and really
   * race. (SQLite runs one request's queries at a time: there, the outcome is checked without a pile-up.)
   */
  const racing = async <T>(fire: () => Promise<T>): Promise<T> => {
    if (t.dataSource.options.type === 'better-sqlite3') return fire();
    const runner = t.dataSource.createQueryRunner();
    await runner.query('LOCK TABLES places WRITE');
    const pending = fire();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await runner.query('UNLOCK TABLES');
    await runner.release();
    return pending;
  };

  const children = async (parentId: string) =>
    (await anon.get<Page<PlaceSummary>>(`/places?parentId=${parentId}&pageSize=100`)).body.items.map((p) => p.name);

  describe('lookups', () => {
    it('returns a place with its ancestors and boundary to anyone', async () => {
      const res = await anon.get<PlaceDetail>(`/places/${id('xingwang/g1')}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: id('xingwang/g1'),
        name: '丽日家园红色网格',
        level: PlaceLevel.Grid,
        parentId: id('xingwang'),
        retired: false,
        ancestors: [
          { id: id('binhe'), name: '滨河街道', level: PlaceLevel.Street },
          { id: id('xingwang'), name: '兴旺社区', level: PlaceLevel.Community },
        ],
      });
      expect(res.body.boundary?.type).toBe('Polygon');
      const street = await anon.get<PlaceDetail>(`/places/${id('binhe')}`);
      expect(street.body).toMatchObject({ parentId: null, ancestors: [], boundary: null });
    });

    it('answers unknown or malformed ids with PLACE_NOT_FOUND', async () => {
      for (const unknown of [id('nowhere'), 'not-a-uuid']) {
        expect(error(await anon.get(`/places/${unknown}`))).toEqual({ status: 404, code: ErrorCode.PlaceNotFound });
      }
    });
  });

  describe('create', () => {
    const create = (api: Api, body: CreatePlaceRequest) => api.post<PlaceDetail>('/places', body);

    it('creates a child one level below the parent', async () => {
      const res = await create(ajilaqinStaff, { parentId: id('ajilaqin'), name: '  阿吉拉沁第五网格 ' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: '阿吉拉沁第五网格',
        level: PlaceLevel.Grid,
        parentId: id('ajilaqin'),
        boundary: null,
      });
      expect(res.body.ancestors.map((a) => a.name)).toEqual(['环河街街道', '阿吉拉沁社区']);
      expect(await children(id('ajilaqin'))).toContain('阿吉拉沁第五网格');

      const building = await create(ajilaqinStaff, { parentId: res.body.id, name: '13号楼' });
      expect(building.status).toBe(201);
      expect(building.body.level).toBe(PlaceLevel.Building);
      const row = await t.dataSource.manager.findOneByOrFail(Place, { id: building.body.id });
      expect(row.path).toBe(`${id('huanhejie')}/${id('ajilaqin')}/${res.body.id}/${building.body.id}/`);
    });

    it('gives a new community the default report categories, and a new grid none', async () => {
      const street = await create(streetAdmin, { parentId: id('binhe'), name: '滨河新苑社区' });
      expect(street.status).toBe(201);
      const categories = await t.dataSource.manager.find(ReportCategory, { where: { communityId: street.body.id } });
      expect(categories.map((c) => c.name).sort()).toEqual(DEFAULT_CATEGORIES.map((c) => c.name).sort());
      expect(categories.every((c) => c.active)).toBe(true);
      const grid = await create(streetAdmin, { parentId: street.body.id, name: '新苑一网格' });
      expect(await t.dataSource.manager.count(ReportCategory, { where: { communityId: grid.body.id } })).toBe(0);
    });

    it('refuses children of a building, duplicate sibling names and unknown parents', async () => {
      expect(error(await create(ajilaqinStaff, { parentId: id('ajilaqin/g1/b1'), name: '1单元' }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await create(ajilaqinStaff, { parentId: id('ajilaqin'), name: '阿吉拉沁第一网格' }))).toEqual({
        status: 409,
        code: ErrorCode.Conflict,
      });
      // The same name under another parent is fine.
      expect((await create(ajilaqinStaff, { parentId: id('ajilaqin/g2'), name: '1号楼' })).status).toBe(201);
      expect(error(await create(ajilaqinStaff, { parentId: id('nowhere'), name: '新网格' }))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
    });

    it('lets only admins of the parent create, with known fields only', async () => {
      const body = { parentId: id('ajilaqin'), name: '越权网格' };
      expect(error(await create(xingwangStaff, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(error(await create(resident, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(error(await create(gridWorker, body))).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(error(await create(anon, body))).toEqual({ status: 401, code: ErrorCode.Unauthenticated });
      // Community staff manage what is below their community, not a new community beside it.
      expect(error(await create(ajilaqinStaff, { parentId: id('huanhejie'), name: '新社区' }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      const extra = await ajilaqinStaff.post<ApiErrorBody>('/places', {
        ...body,
        level: PlaceLevel.Street,
        path: 'x/',
      });
      expect(error(extra)).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
      expect(JSON.stringify(extra.body.details)).toContain('level');
      expect(error(await ajilaqinStaff.post('/places', { parentId: id('ajilaqin'), name: '' }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(await children(id('ajilaqin'))).not.toContain('越权网格');
    });

    it('lets exactly one of 10 concurrent creates of the same name win', async () => {
      const results = await racing(() =>
        Promise.all(
          Array.from({ length: 10 }, () => create(streetAdmin, { parentId: id('xingwang'), name: '兴旺绿色网格' })),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
      expect((await children(id('xingwang'))).filter((n) => n === '兴旺绿色网格')).toHaveLength(1);
    });
  });

  describe('rename', () => {
    const rename = (api: Api, placeId: string, body: RenamePlaceRequest) =>
      api.patch<PlaceDetail>(`/places/${placeId}`, body);

    it('renames a place below the caller’s place, keeping sibling names unique', async () => {
      const res = await rename(ajilaqinStaff, id('ajilaqin/g4'), { name: '阿吉拉沁第四网格（乌兰夫纪念馆片区）' });
      expect(res.status).toBe(200);
      expect(res.body.name).toBe('阿吉拉沁第四网格（乌兰夫纪念馆片区）');
      expect((await anon.get<PlaceDetail>(`/places/${id('ajilaqin/g4')}`)).body.name).toBe(
        '阿吉拉沁第四网格（乌兰夫纪念馆片区）',
      );
      expect(
        (await rename(ajilaqinStaff, id('ajilaqin/g4'), { name: '阿吉拉沁第四网格（乌兰夫纪念馆片区）' })).status,
      ).toBe(200);
      expect(error(await rename(ajilaqinStaff, id('ajilaqin/g4'), { name: '阿吉拉沁第一网格' }))).toEqual({
        status: 409,
        code: ErrorCode.Conflict,
      });
    });

    it('lets one of two siblings renamed to the same name at once win', async () => {
      const results = await racing(() =>
        Promise.all(
          [id('ajilaqin/g2/b1'), id('ajilaqin/g2/b2')].map((b) => rename(ajilaqinStaff, b, { name: '同心楼' })),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await children(id('ajilaqin/g2'))).filter((n) => n === '同心楼')).toHaveLength(1);
    });

    it('refuses the caller’s own place, other places, unknown ids and unknown fields', async () => {
      expect(error(await rename(ajilaqinStaff, id('ajilaqin'), { name: '新名字' }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await rename(xingwangStaff, id('ajilaqin/g1'), { name: '新名字' }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await rename(resident, id('ajilaqin/g1/b1'), { name: '新名字' }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect((await rename(ajilaqinStaff, id('nowhere'), { name: '新名字' })).status).toBe(404);
      // A street has no parent whose admins could rename it.
      expect((await rename(streetAdmin, id('binhe'), { name: '新名字' })).status).toBe(404);
      expect(
        error(await ajilaqinStaff.patch(`/places/${id('ajilaqin/g1')}`, { name: '新名字', parentId: id('xingwang') })),
      ).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect((await anon.get<PlaceDetail>(`/places/${id('ajilaqin/g1')}`)).body.name).toBe('阿吉拉沁第一网格');
    });
  });

  describe('move', () => {
    const move = (api: Api, placeId: string, body: MovePlaceRequest) =>
      api.post<PlaceDetail>(`/places/${placeId}/move`, body);
    const eventTotal = async (placeId: string) =>
      (await anon.get<Page<EventSummary>>(`/events?placeId=${placeId}`)).body.total;
    let binheNew: string;

    beforeAll(async () => {
      // An event on a building of 兴旺黄色网格, to see "everything below" follow the move.
      const startsAt = new Date(Date.now() + 3 * 86_400_000);
      await t.dataSource.manager.insert(CommunityEvent, {
        id: newId(),
        placeId: id('xingwang/g3/b1'),
        title: '楼栋议事会',
        type: EventType.Talk,
        description: '楼栋居民议事。',
        venue: '兴旺小区1号楼',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
        capacity: 20,
        pointsReward: 5,
        status: EventStatus.Published,
      });
      const created = await streetAdmin.post<PlaceDetail>('/places', { parentId: id('binhe'), name: '滨河新社区' });
      expect(created.status).toBe(201);
      binheNew = created.body.id;
    });

    it('re-parents a grid and rewrites the paths of it and everything below it', async () => {
      expect(await eventTotal(id('xingwang'))).toBe(3);
      const res = await move(streetAdmin, id('xingwang/g3'), { parentId: binheNew });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ parentId: binheNew, ancestors: [{ id: id('binhe') }, { id: binheNew }] });

      const newPath = `${id('binhe')}/${binheNew}/${id('xingwang/g3')}/`;
      const subtree = await t.dataSource.manager.find(Place, {
        where: { id: In([id('xingwang/g3'), id('xingwang/g3/b1'), id('xingwang/g3/b2'), id('xingwang/g3/b3')]) },
      });
      expect(subtree.map((p) => p.path).sort()).toEqual(
        [
          newPath,
          `${newPath}${id('xingwang/g3/b1')}/`,
          `${newPath}${id('xingwang/g3/b2')}/`,
          `${newPath}${id('xingwang/g3/b3')}/`,
        ].sort(),
      );
      expect(await eventTotal(id('xingwang'))).toBe(2);
      expect(await eventTotal(binheNew)).toBe(1);
      expect(await eventTotal(id('binhe'))).toBe(5);
      expect(await children(binheNew)).toEqual(['兴旺黄色网格']);
      expect(await children(id('xingwang'))).not.toContain('兴旺黄色网格');
    });

    it('keeps the new parent inside the caller’s scope, of the old parent’s level, and different', async () => {
      // The guard passes (兴旺社区 is theirs); the new parent is not.
      expect(error(await move(xingwangStaff, id('xingwang/g2'), { parentId: binheNew }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await move(ajilaqinStaff, id('ajilaqin/g1'), { parentId: id('xingwang') }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await move(xingwangStaff, id('ajilaqin/g1'), { parentId: id('xingwang') }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await move(streetAdmin, id('xingwang/g2'), { parentId: id('xingwang/g1') }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await move(streetAdmin, id('xingwang/g2'), { parentId: id('xingwang') }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await move(streetAdmin, id('xingwang/g2'), { parentId: id('nowhere') }))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
      expect((await move(streetAdmin, id('binhe'), { parentId: id('huanhejie') })).status).toBe(404);
      expect((await move(streetAdmin, id('nowhere'), { parentId: binheNew })).status).toBe(404);
      expect(
        error(await streetAdmin.post(`/places/${id('xingwang/g2')}/move`, { parentId: binheNew, name: 'x' })),
      ).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect((await anon.get<PlaceDetail>(`/places/${id('xingwang/g2')}`)).body.parentId).toBe(id('xingwang'));
    });

    it('refuses a move next to a sibling of the same name', async () => {
      expect((await streetAdmin.post('/places', { parentId: binheNew, name: '丽日家园橙色网格' })).status).toBe(201);
      expect(error(await move(streetAdmin, id('xingwang/g2'), { parentId: binheNew }))).toEqual({
        status: 409,
        code: ErrorCode.Conflict,
      });
    });
  });

  describe('retire', () => {
    const retire = (api: Api, placeId: string) => api.post<PlaceDetail>(`/places/${placeId}/retire`);

    it('retires an empty place, which then vanishes from lookups and lists', async () => {
      const res = await retire(ajilaqinStaff, id('ajilaqin/g1/b3'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: id('ajilaqin/g1/b3'), retired: true });
      expect(error(await anon.get(`/places/${id('ajilaqin/g1/b3')}`))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
      expect(await children(id('ajilaqin/g1'))).toEqual(['1号楼', '2号楼']);
      expect(error(await retire(ajilaqinStaff, id('ajilaqin/g1/b3')))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
      // Its name is free again.
      expect((await ajilaqinStaff.post('/places', { parentId: id('ajilaqin/g1'), name: '3号楼' })).status).toBe(201);
      expect(error(await ajilaqinStaff.post('/places', { parentId: id('ajilaqin/g1/b3'), name: '1单元' }))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
    });

    it('refuses while active children or units remain', async () => {
      const withChildren = await retire(ajilaqinStaff, id('ajilaqin/g1'));
      expect(error(withChildren)).toEqual({ status: 409, code: ErrorCode.Conflict });
      expect(withChildren.body).toMatchObject({ details: { children: 3, units: 0 } });

      const grid = await ajilaqinStaff.post<PlaceDetail>('/places', { parentId: id('ajilaqin'), name: '临时网格' });
      const unit = await ajilaqinStaff.post<PlaceUnitSummary>(`/places/${grid.body.id}/units`, {
        kind: PlaceUnitKind.ServicePoint,
        name: '临时同心服务点',
      });
      expect(unit.status).toBe(201);
      const withUnit = await retire(ajilaqinStaff, grid.body.id);
      expect(withUnit.body).toMatchObject({ code: ErrorCode.Conflict, details: { children: 0, units: 1 } });
      expect((await ajilaqinStaff.post(`/place-units/${unit.body.id}/retire`)).status).toBe(200);
      expect((await retire(ajilaqinStaff, grid.body.id)).status).toBe(200);
    });

    it('refuses callers without the parent in scope', async () => {
      expect(error(await retire(xingwangStaff, id('ajilaqin/g2/b3')))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await retire(ajilaqinStaff, id('ajilaqin')))).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(error(await retire(resident, id('ajilaqin/g1/b1')))).toEqual({ status: 403, code: ErrorCode.Forbidden });
    });
  });

  describe('boundaries and locate', () => {
    const locate = (lng: number | string, lat: number | string) =>
      anon.get<LocatedGrid>(`/places/locate?lng=${lng}&lat=${lat}`);
    const setBoundary = (api: Api, placeId: string, body: SetBoundaryRequest | Record<string, unknown>) =>
      api.put<PlaceDetail>(`/places/${placeId}/boundary`, body);

    it('finds the seeded grid containing a point, and none outside every grid', async () => {
      const liri = await locate(109.7797, 39.6093);
      expect(liri.status).toBe(200);
      expect(liri.body).toEqual({
        id: id('xingwang/g1'),
        name: '丽日家园红色网格',
        level: PlaceLevel.Grid,
        parentId: id('xingwang'),
        community: { id: id('xingwang'), name: '兴旺社区', level: PlaceLevel.Community },
      });
      expect((await locate(111.6567, 40.812)).body.id).toBe(id('ajilaqin/g3'));
      expect((await locate(111.6605, 40.809)).body.id).toBe(id('ajilaqin/g2'));
      for (const [lng, lat] of [
        [0, 0],
        [109.79, 39.61],
        [111.6567, 40.82],
      ]) {
        expect(error(await locate(lng, lat))).toEqual({ status: 404, code: ErrorCode.PlaceNotFound });
      }
    });

    it('refuses missing or out-of-range coordinates', async () => {
      for (const query of ['lng=200&lat=40', 'lng=111&lat=-91', 'lng=&lat=40', 'lng=abc&lat=40', 'lng=111', '']) {
        const res = await anon.get(`/places/locate?${query}`);
        expect({ query, ...error(res) }).toEqual({ query, status: 400, code: ErrorCode.ValidationFailed });
      }
    });

    it('sets and clears a grid’s boundary, which locate follows', async () => {
      const grid = (
        await ajilaqinStaff.post<PlaceDetail>('/places', { parentId: id('ajilaqin'), name: '阿吉拉沁第六网格' })
      ).body;
      expect(error(await locate(111.6637, 40.8093))).toEqual({ status: 404, code: ErrorCode.PlaceNotFound });

      const boundary = rectangle(111.662, 40.808, 111.6655, 40.8107);
      const res = await setBoundary(ajilaqinStaff, grid.id, { boundary });
      expect(res.status).toBe(200);
      expect(res.body.boundary).toEqual(boundary);
      const row = await t.dataSource.manager.findOneByOrFail(Place, { id: grid.id });
      expect([row.minLng, row.minLat, row.maxLng, row.maxLat]).toEqual([111.662, 40.808, 111.6655, 40.8107]);
      expect((await locate(111.6637, 40.8093)).body).toMatchObject({ id: grid.id, community: { id: id('ajilaqin') } });

      // A MultiPolygon whose second part is elsewhere: inside the bounding box but outside both parts is no match.
      const multi = {
        type: 'MultiPolygon' as const,
        coordinates: [boundary.coordinates, rectangle(111.67, 40.808, 111.671, 40.809).coordinates],
      };
      expect((await setBoundary(ajilaqinStaff, grid.id, { boundary: multi })).status).toBe(200);
      expect((await locate(111.6705, 40.8085)).body.id).toBe(grid.id);
      expect((await locate(111.668, 40.8085)).status).toBe(404);

      const cleared = await ajilaqinStaff.delete(`/places/${grid.id}/boundary`);
      expect(cleared.status).toBe(204);
      expect((await anon.get<PlaceDetail>(`/places/${grid.id}`)).body.boundary).toBeNull();
      expect(error(await locate(111.6637, 40.8093))).toEqual({ status: 404, code: ErrorCode.PlaceNotFound });
    });

    it('refuses malformed GeoJSON with details', async () => {
      const grid = id('ajilaqin/g2');
      const cases: [unknown, string][] = [
        [
          {
            type: 'Polygon',
            coordinates: [
              [
                [111.66, 40.81],
                [111.661, 40.81],
                [111.661, 40.811],
                [111.66, 40.811],
              ],
            ],
          },
          'boundary.coordinates[0]',
        ],
        [
          {
            type: 'Polygon',
            coordinates: [
              [
                [211.66, 40.81],
                [111.661, 40.81],
                [111.661, 40.811],
                [211.66, 40.81],
              ],
            ],
          },
          'boundary.coordinates[0][0]',
        ],
        [
          {
            type: 'Polygon',
            coordinates: [
              [
                [111.66, 40.81],
                [111.661, 40.81],
                [111.66, 40.81],
              ],
            ],
          },
          'boundary.coordinates[0]',
        ],
        [
          {
            type: 'Polygon',
            coordinates: [
              [
                [111.66, '40.81'],
                [111.661, 40.81],
                [111.661, 40.811],
                [111.66, 40.81],
              ],
            ],
          },
          'boundary.coordinates[0][0]',
        ],
        [{ type: 'Feature', geometry: rectangle(1, 1, 2, 2), properties: {} }, 'boundary.type'],
        [{ type: 'Point', coordinates: [111.66, 40.81] }, 'boundary.type'],
        ['POLYGON((0 0, 1 0, 1 1, 0 0))', 'boundary'],
      ];
      for (const [boundary, field] of cases) {
        const res = await ajilaqinStaff.put<ApiErrorBody>(`/places/${grid}/boundary`, { boundary });
        expect({ field, ...error(res) }).toEqual({ field, status: 400, code: ErrorCode.ValidationFailed });
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      expect(error(await setBoundary(ajilaqinStaff, grid, {}))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await setBoundary(ajilaqinStaff, grid, { boundary: rectangle(1, 1, 2, 2), minLng: 0 }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect((await locate(111.6605, 40.809)).body.id).toBe(grid);
    });

    it('sets boundaries on grids only, and only for admins of the grid’s community', async () => {
      const boundary = rectangle(109.79, 39.62, 109.791, 39.621);
      expect(error(await setBoundary(streetAdmin, id('xingwang'), { boundary }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await setBoundary(xingwangStaff, id('ajilaqin/g1'), { boundary }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await setBoundary(gridWorker, id('ajilaqin/g1'), { boundary }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await xingwangStaff.delete(`/places/${id('ajilaqin/g1')}/boundary`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect((await locate(111.6567, 40.809)).body.id).toBe(id('ajilaqin/g1'));
    });
  });

  describe('units', () => {
    const units = (placeId: string, query = '&pageSize=100') =>
      anon.get<Page<PlaceUnitSummary>>(`/places/${placeId}/units?${query}`);
    const names = async (placeId: string, query = '') =>
      (await units(placeId, `&pageSize=100${query}`)).body.items.map((u) => u.name);

    it('lists the seeded units on a place and everything below it, to anyone', async () => {
      const binhe = await units(id('binhe'));
      expect(binhe.status).toBe(200);
      expect(binhe.body.total).toBe(5);
      expect(binhe.body.items.find((u) => u.id === demoUnitId('liri-b1-corner'))).toEqual({
        id: demoUnitId('liri-b1-corner'),
        placeId: id('xingwang/g1/b1'),
        placeName: '丽日家园1号楼',
        kind: PlaceUnitKind.ServiceCorner,
        name: '丽日家园1号楼同心服务角',
        address: '丽日家园1号楼1单元大厅',
        services: '爱心雨伞、应急药箱、便民工具',
        openingHours: '全天开放',
        contactName: null,
        contactPhone: null,
        location: null,
        retired: false,
      });
      // Sorted in JS too: MySQL's unicode collation and SQLite's binary one both order Han characters by code point.
      expect(await names(id('xingwang'))).toEqual(
        ['丽日家园1号楼同心服务角', '丽日家园网格同心服务点', '兴旺社区铸牢中华民族共同体意识实践教育站'].sort(),
      );
      expect(await names(id('binhe'), `&kind=${PlaceUnitKind.EducationInstitute}`)).toEqual([
        '滨河街道铸牢中华民族共同体意识实践教育所',
      ]);
      expect(await names(id('ajilaqin'))).toEqual(['乌兰夫纪念馆']);
      const page = await units(id('binhe'), '&pageSize=2&page=3');
      expect(page.body).toMatchObject({ total: 5, page: 3, hasMore: false });
      expect(page.body.items).toHaveLength(1);
      expect(error(await units(id('nowhere')))).toEqual({ status: 404, code: ErrorCode.PlaceNotFound });
      expect(error(await units(id('binhe'), '&kind=shop'))).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    });

    it('adds the units of the places above when asked (a community picks its street’s businesses)', async () => {
      expect(await names(id('xingwang'), `&kind=${PlaceUnitKind.Business}`)).toEqual([]);
      expect(await names(id('xingwang'), `&kind=${PlaceUnitKind.Business}&withAncestors=true`)).toEqual([
        '“同心商小爱”商户服务阵地',
      ]);
      // Only the chain above: not the street's other communities.
      expect(await names(id('ajilaqin'), '&withAncestors=true')).toEqual(['乌兰夫纪念馆']);
      expect((await units(id('xingwang/g1'), '&pageSize=100&withAncestors=true')).body.total).toBe(5);
      expect(error(await units(id('xingwang'), '&withAncestors=maybe'))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    });

    it('creates, updates and retires units for admins of the place', async () => {
      const body = {
        kind: PlaceUnitKind.CoBuildingUnit,
        name: '内蒙古博物院',
        address: '呼和浩特市新城区',
      } satisfies CreatePlaceUnitRequest;
      const created = await ajilaqinStaff.post<PlaceUnitSummary>(`/places/${id('ajilaqin')}/units`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...body,
        placeId: id('ajilaqin'),
        placeName: '阿吉拉沁社区',
        retired: false,
      });
      const unitId = created.body.id;

      const patch = (api: Api, b: UpdatePlaceUnitRequest | Record<string, unknown>) =>
        api.patch<PlaceUnitSummary>(`/place-units/${unitId}`, b);
      const updated = await patch(ajilaqinStaff, { name: '内蒙古博物院（共建）', address: null });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: '内蒙古博物院（共建）', address: null });
      expect(error(await patch(ajilaqinStaff, { name: '' }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await patch(ajilaqinStaff, { name: null }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await patch(ajilaqinStaff, { placeId: id('xingwang') }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await patch(xingwangStaff, { name: '越权' }))).toEqual({ status: 403, code: ErrorCode.Forbidden });
      expect(await names(id('ajilaqin'))).toEqual(['内蒙古博物院（共建）', '乌兰夫纪念馆'].sort());

      expect(error(await xingwangStaff.post(`/place-units/${unitId}/retire`))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      const retired = await ajilaqinStaff.post<PlaceUnitSummary>(`/place-units/${unitId}/retire`);
      expect(retired.status).toBe(200);
      expect(retired.body.retired).toBe(true);
      expect(await names(id('ajilaqin'))).toEqual(['乌兰夫纪念馆']);
      expect(error(await ajilaqinStaff.post(`/place-units/${unitId}/retire`))).toEqual({
        status: 404,
        code: ErrorCode.NotFound,
      });
      expect(error(await patch(ajilaqinStaff, { name: '复活' }))).toEqual({ status: 404, code: ErrorCode.NotFound });
    });

    it('refuses other places, non-staff, unknown records and bad bodies', async () => {
      const body = { kind: PlaceUnitKind.Business, name: '同心便民超市' } satisfies CreatePlaceUnitRequest;
      expect(error(await xingwangStaff.post(`/places/${id('ajilaqin/g1')}/units`, body))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await gridWorker.post(`/places/${id('ajilaqin/g1')}/units`, body))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await resident.post(`/places/${id('ajilaqin/g1/b1')}/units`, body))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      expect(error(await anon.post(`/places/${id('ajilaqin/g1')}/units`, body))).toEqual({
        status: 401,
        code: ErrorCode.Unauthenticated,
      });
      expect(error(await ajilaqinStaff.post(`/places/${id('nowhere')}/units`, body))).toEqual({
        status: 404,
        code: ErrorCode.PlaceNotFound,
      });
      expect(error(await ajilaqinStaff.post(`/places/${id('ajilaqin/g1')}/units`, { ...body, kind: 'shop' }))).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(
        error(await ajilaqinStaff.post(`/places/${id('ajilaqin/g1')}/units`, { ...body, retiredAt: null })),
      ).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
      expect(error(await ajilaqinStaff.patch(`/place-units/${demoUnitId('nope')}`, { name: 'x' }))).toEqual({
        status: 404,
        code: ErrorCode.NotFound,
      });
      expect(error(await xingwangStaff.patch(`/place-units/${demoUnitId('ulanhu-memorial')}`, { name: 'x' }))).toEqual({
        status: 403,
        code: ErrorCode.Forbidden,
      });
      // Staff of the street manage the units of every place below it.
      const below = await streetAdmin.post<PlaceUnitSummary>(`/places/${id('xingwang/g2')}/units`, body);
      expect(below.status).toBe(201);
      expect(await names(id('xingwang/g2'))).toEqual(['同心便民超市']);
    });
  });
});
