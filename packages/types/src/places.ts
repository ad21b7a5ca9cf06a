import type { PageQuery } from './pagination';

/** street 街道 → community 社区 → grid 网格 → building 楼栋 */
export const PlaceLevel = {
  Street: 'street',
  Community: 'community',
  Grid: 'grid',
  Building: 'building',
} as const;
export type PlaceLevel = (typeof PlaceLevel)[keyof typeof PlaceLevel];

export const PLACE_LEVEL_LABEL: Record<PlaceLevel, string> = {
  street: '街道',
  community: '社区',
  grid: '网格',
  building: '楼栋',
};

export interface PlaceSummary {
  id: string;
  name: string;
  level: PlaceLevel;
  parentId: string | null;
}

export const PlaceUnitKind = {
  EducationInstitute: 'education_institute',
  EducationStation: 'education_station',
  ServicePoint: 'service_point',
  ServiceCorner: 'service_corner',
  CoBuildingUnit: 'co_building_unit',
  Business: 'business',
} as const;
export type PlaceUnitKind = (typeof PlaceUnitKind)[keyof typeof PlaceUnitKind];

export const PLACE_UNIT_KIND_LABEL: Record<PlaceUnitKind, string> = {
  education_institute: '实践教育所',
  education_station: '实践教育站',
  service_point: '同心服务点',
  service_corner: '同心服务角',
  co_building_unit: '共建单位',
  business: '商户',
};

/** A place named in another place's response (breadcrumbs, the community of a located grid). */
export interface PlaceRef {
  id: string;
  name: string;
  level: PlaceLevel;
}

export interface PlaceDetail extends PlaceSummary {
  /** Ancestors from the street down to the parent; empty for a street. */
  ancestors: PlaceRef[];
  /** Grids only: the area the grid covers, [lng, lat] (GCJ-02, as WeChat reports locations). */
  boundary: GeoJsonPolygon | null;
  /** Buildings: where the building stands ([lng, lat], GCJ-02), when known. */
  location: { lng: number; lat: number } | null;
  /** Buildings: how many 单元 (entrances) it has, when known; households name a unit within it. */
  unitCount: number | null;
  /** True only in the answer to a retire; retired places are not found afterwards. */
  retired: boolean;
}

/** A GeoJSON Polygon or MultiPolygon geometry (not a Feature); positions are [lng, lat]. */
export type GeoJsonPolygon =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Limits on a boundary, so it fits its column and stays cheap to test points against. */
export const BOUNDARY_MAX_POSITIONS = 1000;

export interface CreatePlaceRequest {
  /** The new place is created one level below its parent; buildings have no children. */
  parentId: string;
  name: string;
}
export interface RenamePlaceRequest {
  name: string;
}
export interface MovePlaceRequest {
  /** An active place of the same level as the current parent. */
  parentId: string;
}
export interface SetBoundaryRequest {
  boundary: GeoJsonPolygon;
}
export interface LocateQuery {
  lng: number;
  lat: number;
}

/** The grid whose boundary contains a point, with its community. */
export interface LocatedGrid extends PlaceSummary {
  community: PlaceRef;
}

export interface PlaceUnitSummary {
  id: string;
  placeId: string;
  placeName: string;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
  /** What the unit offers (调解、代办、托管…), as its staff describe it. */
  services: string | null;
  /** e.g. 周一至周五 9:00–17:30. */
  openingHours: string | null;
  contactName: string | null;
  /** The unit's service number (a landline or a mobile): public, like the sign on its door. */
  contactPhone: string | null;
  /** Where it is on the map ([lng, lat], GCJ-02); both or neither. */
  location: { lng: number; lat: number } | null;
  /** True only in the answer to a retire; retired units are not listed. */
  retired: boolean;
}
/** Units on a place and on every place below it. */
export interface ListPlaceUnitsQuery extends PageQuery {
  kind?: PlaceUnitKind;
  /** Also units on the places above (e.g. a community's street). */
  withAncestors?: boolean;
}
/** A service number: digits with an optional area code, dash or extension. */
export const UNIT_PHONE_PATTERN = /^[0-9][0-9-]{4,18}[0-9]$/;

export interface PlaceUnitDetails {
  address?: string | null;
  services?: string | null;
  openingHours?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  location?: { lng: number; lat: number } | null;
}
export interface CreatePlaceUnitRequest extends PlaceUnitDetails {
  kind: PlaceUnitKind;
  name: string;
}
/** Absent fields stay as they are; null clears one. */
export interface UpdatePlaceUnitRequest extends PlaceUnitDetails {
  name?: string;
}
