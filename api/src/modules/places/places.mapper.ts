import type { PlaceSummary } from '@tongxin/types';

import type { Place } from './place.entity';

export function toPlaceSummary(place: Place): PlaceSummary {
  return { id: place.id, name: place.name, level: place.level, parentId: place.parentId };
}
