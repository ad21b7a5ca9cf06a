import { boundaryContains, boundingBox, checkBoundary, rectangle } from './boundary';

describe('checkBoundary', () => {
  const square = rectangle(109.778, 39.608, 109.7815, 39.6107);

  it('accepts a closed Polygon and keeps only type and coordinates', () => {
    const result = checkBoundary({ ...square, bbox: [0, 0, 1, 1] });
    expect(result).toEqual({ ok: true, boundary: square });
  });

  it('accepts a MultiPolygon with a hole', () => {
    const outer = square.coordinates[0];
    const hole = rectangle(109.779, 39.609, 109.78, 39.61).coordinates[0];
    const result = checkBoundary({
      type: 'MultiPolygon',
      coordinates: [[outer, hole], rectangle(1, 1, 2, 2).coordinates],
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not an object', 'boundary', 'boundary'],
    [{ type: 'Point', coordinates: [1, 2] }, 'type', 'boundary.type'],
    [{ type: 'Feature', geometry: square }, 'a Feature', 'boundary.type'],
    [{ type: 'Polygon', coordinates: [] }, 'no rings', 'boundary.coordinates'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      'too few positions',
      'boundary.coordinates[0]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      'an open ring',
      'boundary.coordinates[0]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [181, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'longitude out of range',
      'boundary.coordinates[0][1]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, -91],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'latitude out of range',
      'boundary.coordinates[0][1]',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['1', 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'a string',
      'boundary.coordinates[0][1]',
    ],
    [
      { type: 'Polygon', coordinates: [[[0, 0], [1], [1, 1], [0, 0]]] },
      'a short position',
      'boundary.coordinates[0][1]',
    ],
    [{ type: 'MultiPolygon', coordinates: [] }, 'no polygons', 'boundary.coordinates'],
    [{ ...square, crs: 'x' }, 'an unknown member', 'boundary.crs'],
  ])('refuses %j (%s) at %s', (value, _why, field) => {
    const result = checkBoundary(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
  });

  it('refuses boundaries with too many positions', () => {
    const ring = Array.from({ length: 1001 }, (_, i) => [Math.cos(i / 160), Math.sin(i / 160)]);
    ring.push(ring[0]);
    const result = checkBoundary({ type: 'Polygon', coordinates: [ring] });
    expect(result.ok).toBe(false);
  });
});

describe('boundingBox and boundaryContains', () => {
  it('computes the box of all rings', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [rectangle(1, 2, 3, 4).coordinates, rectangle(-1, 0, 0, 1).coordinates],
    };
    expect(boundingBox(multi)).toEqual({ minLng: -1, minLat: 0, maxLng: 3, maxLat: 4 });
  });

  it('tests points against the polygon, holes excluded', () => {
    const withHole = {
      type: 'Polygon' as const,
      coordinates: [rectangle(0, 0, 10, 10).coordinates[0], rectangle(4, 4, 6, 6).coordinates[0]],
    };
    expect(boundaryContains(withHole, 1, 1)).toBe(true);
    expect(boundaryContains(withHole, 5, 5)).toBe(false);
    expect(boundaryContains(withHole, 11, 5)).toBe(false);
  });
});
