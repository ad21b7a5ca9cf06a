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

export interface PlaceDetail extends PlaceSummary {
  path: string[];
  boundary: GeoJsonPolygon | null;
  retired: boolean;
}

export type GeoJsonPolygon =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface CreatePlaceRequest {
  parentId: string;
  name: string;
}
export interface RenamePlaceRequest {
  name: string;
}
export interface MovePlaceRequest {
  parentId: string;
}
export interface SetBoundaryRequest {
  boundary: GeoJsonPolygon;
}
export interface LocateQuery {
  lng: number;
  lat: number;
}

export interface PlaceUnitSummary {
  id: string;
  placeId: string;
  kind: PlaceUnitKind;
  name: string;
  address: string | null;
}
export interface CreatePlaceUnitRequest {
  kind: PlaceUnitKind;
  name: string;
  address?: string;
}
export interface UpdatePlaceUnitRequest {
  name?: string;
  address?: string | null;
}
