import type { PlaceUnitDetails, PlaceUnitSummary } from '@tongxin/types';

/** The unit form's fields, as typed. */
export interface UnitFields {
  name: string;
  address: string;
  services: string;
  openingHours: string;
  contactName: string;
  contactPhone: string;
  lng: string;
  lat: string;
}

export function unitFields(unit: PlaceUnitSummary | null): UnitFields {
  return {
    name: unit?.name ?? '',
    address: unit?.address ?? '',
    services: unit?.services ?? '',
    openingHours: unit?.openingHours ?? '',
    contactName: unit?.contactName ?? '',
    contactPhone: unit?.contactPhone ?? '',
    lng: unit?.location ? String(unit.location.lng) : '',
    lat: unit?.location ? String(unit.location.lat) : '',
  };
}

/**
 * The request for the details: a filled field is sent trimmed; an empty one is null when editing (cleared) and left
 * out when creating.
 */
export function unitRequest(fields: UnitFields, editing: boolean): PlaceUnitDetails & { name?: string } {
  const empty = editing ? null : undefined;
  const text = (value: string) => value.trim() || empty;
  const lng = fields.lng.trim();
  const lat = fields.lat.trim();
  const body: PlaceUnitDetails & { name?: string } = {
    address: text(fields.address),
    services: text(fields.services),
    openingHours: text(fields.openingHours),
    contactName: text(fields.contactName),
    contactPhone: text(fields.contactPhone),
    location: lng && lat ? { lng: Number(lng), lat: Number(lat) } : empty,
  };
  if (editing) body.name = fields.name.trim();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
