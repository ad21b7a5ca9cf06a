import { Injectable } from '@nestjs/common';
import { ErrorCode, type PlaceDetail, PlaceLevel } from '@tongxin/types';

import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { boundingBox, checkBoundary } from './boundary';
import { CommunityCreatedHooks } from './community-created.hooks';
import type { CreatePlaceDto, MovePlaceDto, RenamePlaceDto, SetBoundaryDto } from './dto/place-requests.dto';
import { Place } from './place.entity';
import { invalidField, nameTaken, placeNotFound } from './place-errors';
import { CHILD_LEVEL } from './place-levels';
import { PlaceUnitsRepository } from './place-units.repository';
import { PlacesRepository } from './places.repository';
import { PlacesService } from './places.service';

/**
 * Admins of a place create, rename, move and retire the places under it (the guard checks the parent's scope).
 * Names are unique among a parent's active children. Writes that depend on a check lock the rows involved,
 * always a parent before its children and siblings by id, so two writers wait for each other, not deadlock.
 */
@Injectable()
export class PlaceAdminService {
  constructor(
    private readonly places: PlacesRepository,
    private readonly units: PlaceUnitsRepository,
    private readonly lookups: PlacesService,
    private readonly access: AccessService,
    private readonly communityCreated: CommunityCreatedHooks,
  ) {}

  async create(body: CreatePlaceDto): Promise<PlaceDetail> {
    const place = await this.places.transaction(async (manager) => {
      const parent = await this.places.lockActive(body.parentId, manager);
      if (!parent) throw placeNotFound();
      const level = CHILD_LEVEL[parent.level];
      if (!level) throw invalidField('parentId', '楼栋下不能再建下级地点');
      if (await this.places.hasActiveChildNamed({ parentId: parent.id, name: body.name, exceptId: null }, manager)) {
        throw nameTaken(body.name);
      }
      const id = newId();
      const row = Object.assign(new Place(), {
        id,
        level,
        name: body.name,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        boundary: null,
        minLng: null,
        minLat: null,
        maxLng: null,
        maxLat: null,
        lng: null,
        lat: null,
        unitCount: null,
        retiredAt: null,
      });
      await this.places.insert(row, manager);
      if (level === PlaceLevel.Community) await this.communityCreated.run([id], manager);
      return row;
    });
    return this.lookups.detail(place);
  }

  async rename(id: string, body: RenamePlaceDto): Promise<PlaceDetail> {
    const before = await this.requireChild(id);
    const place = await this.places.transaction(async (manager) => {
      await this.places.lockActive(before.parentId, manager);
      const current = await this.lockUnder(id, before.parentId, manager);
      if (current.name === body.name) return current;
      if (
        await this.places.hasActiveChildNamed({ parentId: before.parentId, name: body.name, exceptId: id }, manager)
      ) {
        throw nameTaken(body.name);
      }
      await this.places.rename(id, body.name, manager);
      return Object.assign(current, { name: body.name });
    });
    return this.lookups.detail(place);
  }

  /** Re-parents under another place of the parent's level inside the caller's scope; the subtree's paths follow. */
  async move(caller: Caller, id: string, body: MovePlaceDto): Promise<PlaceDetail> {
    const before = await this.requireChild(id);
    if (body.parentId === before.parentId) throw invalidField('parentId', '新上级与当前上级相同');
    const place = await this.places.transaction(async (manager) => {
      const locked = new Map<string, Place | null>();
      for (const parentId of [before.parentId, body.parentId].sort())
        locked.set(parentId, await this.places.lockActive(parentId, manager));
      const from = locked.get(before.parentId);
      const to = locked.get(body.parentId);
      if (!to) throw placeNotFound();
      if (!this.access.allows(caller.grants ?? [], Permission.PlaceManage, to.path)) throw forbidden();
      if (!from || to.level !== from.level) throw invalidField('parentId', '新上级必须与原上级同级');
      const current = await this.lockUnder(id, before.parentId, manager);
      if (await this.places.hasActiveChildNamed({ parentId: to.id, name: current.name, exceptId: id }, manager)) {
        throw nameTaken(current.name);
      }
      const path = `${to.path}${id}/`;
      await this.places.moveSubtree({ id, newParentId: to.id, fromPath: current.path, toPath: path }, manager);
      return Object.assign(current, { parentId: to.id, path });
    });
    return this.lookups.detail(place);
  }

  /** Refused while anything active still hangs from the place: retire or move its children and units first. */
  async retire(id: string): Promise<PlaceDetail> {
    const place = await this.places.transaction(async (manager) => {
      const current = await this.places.lockActive(id, manager);
      if (!current) throw placeNotFound();
      const children = await this.places.countActiveChildren(id, manager);
      const units = await this.units.countActiveOn(id, manager);
      if (children > 0 || units > 0) {
        throw new DomainException(ErrorCode.Conflict, '该地点下还有未撤销的下级地点或单位', { children, units });
      }
      if (!(await this.places.retire(id, manager))) throw placeNotFound();
      return Object.assign(current, { retiredAt: new Date() });
    });
    return this.lookups.detail(place);
  }

  async setBoundary(id: string, body: SetBoundaryDto): Promise<PlaceDetail> {
    const place = await this.requireGrid(id);
    const checked = checkBoundary(body.boundary);
    if (!checked.ok)
      throw new DomainException(ErrorCode.ValidationFailed, '边界不是有效的 GeoJSON 多边形', checked.problems);
    const box = boundingBox(checked.boundary);
    await this.places.setBoundary({ id, boundary: checked.boundary, box });
    return this.lookups.detail(Object.assign(place, { boundary: checked.boundary }, box));
  }

  async clearBoundary(id: string): Promise<void> {
    await this.requireGrid(id);
    await this.places.setBoundary({ id, boundary: null, box: null });
  }

  private async requireChild(id: string): Promise<Place & { parentId: string }> {
    const place = await this.places.findActiveById(id);
    if (!place) throw placeNotFound();
    // The guard already refuses streets (no parent to hold the permission on); this keeps the types honest.
    if (!place.parentId) throw invalidField('id', '街道不能修改、移动或撤销');
    return place as Place & { parentId: string };
  }

  /** Locks the place and checks it is still under `parentId`: a concurrent move would have changed it. */
  private async lockUnder(
    id: string,
    parentId: string,
    manager: Parameters<PlacesRepository['lockActive']>[1],
  ): Promise<Place> {
    const current = await this.places.lockActive(id, manager);
    if (!current) throw placeNotFound();
    if (current.parentId !== parentId) throw new DomainException(ErrorCode.Conflict, '地点刚被移动，请刷新后重试');
    return current;
  }

  private async requireGrid(id: string): Promise<Place> {
    const place = await this.places.findActiveById(id);
    if (!place) throw placeNotFound();
    if (place.level !== PlaceLevel.Grid) throw invalidField('id', '只有网格可以设置边界');
    return place;
  }
}
