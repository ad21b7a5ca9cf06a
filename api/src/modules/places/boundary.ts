import { BOUNDARY_MAX_POSITIONS, type GeoJsonPolygon } from '@tongxin/types';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

import type { FieldProblem } from '../../infra/http/validation.pipe';

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export type BoundaryCheck = { ok: true; boundary: GeoJsonPolygon } | { ok: false; problems: FieldProblem[] };

// Problems listed per position can be many; the first few are enough to fix the input.
const MAX_PROBLEMS = 20;

/**
 * Checks a client-sent GeoJSON Polygon/MultiPolygon geometry: finite [lng, lat] numbers in range, rings closed
 * with at least 4 positions, a bounded size. Returns a copy holding only `type` and `coordinates`.
 */
export function checkBoundary(value: unknown, field = 'boundary'): BoundaryCheck {
  const problems: FieldProblem[] = [];
  const add = (at: string, problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ field: at, problems: [problem] });
  };
  if (!isObject(value)) return fail(field, '必须是 GeoJSON Polygon 或 MultiPolygon 几何对象');
  for (const key of Object.keys(value)) {
    if (key !== 'type' && key !== 'coordinates' && key !== 'bbox') add(`${field}.${key}`, '不允许的字段');
  }
  if (value.type !== 'Polygon' && value.type !== 'MultiPolygon') {
    add(`${field}.type`, '必须是 Polygon 或 MultiPolygon');
    return { ok: false, problems };
  }
  const polygons = value.type === 'Polygon' ? [value.coordinates] : value.coordinates;
  const base = `${field}.coordinates`;
  if (value.type === 'MultiPolygon' && (!Array.isArray(polygons) || polygons.length === 0)) {
    add(base, '必须是非空的多边形数组');
    return { ok: false, problems };
  }
  let positions = 0;
  (polygons as unknown[]).forEach((polygon, p) => {
    const at = value.type === 'Polygon' ? base : `${base}[${p}]`;
    if (!Array.isArray(polygon) || polygon.length === 0) return add(at, '必须是非空的环数组（外环在前，其后为洞）');
    polygon.forEach((ring: unknown, r) => {
      const ringAt = `${at}[${r}]`;
      if (!Array.isArray(ring) || ring.length < 4) return add(ringAt, '每个环至少需要 4 个坐标点（首尾相同）');
      positions += ring.length;
      let valid = true;
      ring.forEach((position: unknown, i) => {
        const problem = positionProblem(position);
        if (problem) {
          valid = false;
          add(`${ringAt}[${i}]`, problem);
        }
      });
      if (valid && !samePosition(ring[0] as number[], ring[ring.length - 1] as number[])) {
        add(ringAt, '环必须闭合：最后一个坐标点应与第一个相同');
      }
    });
  });
  if (positions > BOUNDARY_MAX_POSITIONS) add(base, `坐标点总数不能超过 ${BOUNDARY_MAX_POSITIONS}`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, boundary: { type: value.type, coordinates: value.coordinates } as GeoJsonPolygon };
}

export function boundingBox(boundary: GeoJsonPolygon): BoundingBox {
  const [minLng, minLat, maxLng, maxLat] = bbox(boundary);
  return { minLng, minLat, maxLng, maxLat };
}

/** Points on the edge count as inside: a report on the line between two grids still finds one. */
export function boundaryContains(boundary: GeoJsonPolygon, lng: number, lat: number): boolean {
  return booleanPointInPolygon([lng, lat], boundary);
}

/** A rectangle (for demo data): `[west, south, east, north]` as a closed Polygon. */
export function rectangle(
  west: number,
  south: number,
  east: number,
  north: number,
): Extract<GeoJsonPolygon, { type: 'Polygon' }> {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

export function isValidLngLat(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

function positionProblem(position: unknown): string | null {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) return '坐标点必须是 [经度, 纬度]';
  if (!position.every((n) => typeof n === 'number' && Number.isFinite(n))) return '坐标必须是有限的数字';
  const [lng, lat] = position as number[];
  if (lng < -180 || lng > 180) return '经度必须在 -180 到 180 之间';
  if (lat < -90 || lat > 90) return '纬度必须在 -90 到 90 之间';
  return null;
}

function samePosition(a: number[], b: number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(field: string, problem: string): BoundaryCheck {
  return { ok: false, problems: [{ field, problems: [problem] }] };
}
