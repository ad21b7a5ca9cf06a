import { isUUID } from 'class-validator';

import { newId, stableId } from './ids';

describe('ids', () => {
  it('makes UUIDs that sort in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect(ids.every((id) => isUUID(id, 7))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('gives a name the same id every time', () => {
    expect(stableId('ajilaqin')).toBe(stableId('ajilaqin'));
    expect(isUUID(stableId('ajilaqin'), 5)).toBe(true);
  });
});
