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
