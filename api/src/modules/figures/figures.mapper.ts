import type { FigurePlace } from '@tongxin/types';

import type { FigurePlaceRow } from './figures.repository';

export function toFigurePlace(row: FigurePlaceRow): FigurePlace {
  return { id: row.id, name: row.name, level: row.level, parentId: row.parentId };
}
