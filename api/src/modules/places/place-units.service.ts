import { Injectable } from '@nestjs/common';
import type { Page, PlaceUnitDetails, PlaceUnitSummary } from '@tongxin/types';

import { newId } from '../../infra/database/ids';
import { toPage } from '../../infra/http/page-query.dto';
import type { CreatePlaceUnitDto, ListPlaceUnitsQueryDto, UpdatePlaceUnitDto } from './dto/place-unit-requests.dto';
import { placeNotFound, unitNotFound } from './place-errors';
import { PlaceUnit } from './place-unit.entity';
import { PlaceUnitsRepository } from './place-units.repository';
import { toPlaceUnitSummary } from './places.mapper';
import { PlacesRepository } from './places.repository';

/** Stations (所/站/点/角), co-building units and businesses of a place; listed for the place and everything below. */
@Injectable()
export class PlaceUnitsService {
  constructor(
    private readonly units: PlaceUnitsRepository,
    private readonly places: PlacesRepository,
  ) {}

  async list(placeId: string, query: ListPlaceUnitsQueryDto): Promise<Page<PlaceUnitSummary>> {
    const place = await this.places.findActiveById(placeId);
    if (!place) throw placeNotFound();
    const { rows, total } = await this.units.findActiveWithin({
      placePath: place.path,
      kind: query.kind,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
      withAncestors: query.withAncestors,
    });
    return toPage(
      rows.map((r) => toPlaceUnitSummary(r.unit, r.placeName)),
      total,
      query,
    );
  }

  async create(placeId: string, body: CreatePlaceUnitDto): Promise<PlaceUnitSummary> {
    return this.places.transaction(async (manager) => {
      // The place's lock keeps a concurrent retire from leaving this unit on a retired place.
      const place = await this.places.lockActive(placeId, manager);
      if (!place) throw placeNotFound();
      const unit = Object.assign(new PlaceUnit(), {
        id: newId(),
        placeId: place.id,
        kind: body.kind,
        name: body.name,
        address: null,
        services: null,
        openingHours: null,
        contactName: null,
        contactPhone: null,
        lng: null,
        lat: null,
        ...unitDetails(body),
        retiredAt: null,
      });
      await this.units.insert(unit, manager);
      return toPlaceUnitSummary(unit, place.name);
    });
  }

  async update(id: string, body: UpdatePlaceUnitDto): Promise<PlaceUnitSummary> {
    const fields = { ...(body.name !== undefined ? { name: body.name } : {}), ...unitDetails(body) };
    if (Object.keys(fields).length > 0 && !(await this.units.updateActive(id, fields))) throw unitNotFound();
    return this.summaryOf(id);
  }

  async retire(id: string): Promise<PlaceUnitSummary> {
    const unit = await this.units.findActiveById(id);
    if (!unit || !(await this.units.retire(id))) throw unitNotFound();
    const place = await this.places.findActiveById(unit.placeId);
    return toPlaceUnitSummary(Object.assign(unit, { retiredAt: new Date() }), place?.name ?? '');
  }

  private async summaryOf(id: string): Promise<PlaceUnitSummary> {
    const unit = await this.units.findActiveById(id);
    if (!unit) throw unitNotFound();
    const place = await this.places.findActiveById(unit.placeId);
    return toPlaceUnitSummary(unit, place?.name ?? '');
  }
}

type DetailColumns = Pick<
  PlaceUnit,
  'address' | 'services' | 'openingHours' | 'contactName' | 'contactPhone' | 'lng' | 'lat'
>;

/** The columns a request's details set: absent fields are left out, null clears (a location clears both halves). */
function unitDetails(body: PlaceUnitDetails): Partial<DetailColumns> {
  const { location, ...text } = body;
  const fields: Partial<DetailColumns> = {};
  for (const key of ['address', 'services', 'openingHours', 'contactName', 'contactPhone'] as const) {
    if (text[key] !== undefined) fields[key] = text[key];
  }
  if (location !== undefined) Object.assign(fields, { lng: location?.lng ?? null, lat: location?.lat ?? null });
  return fields;
}
