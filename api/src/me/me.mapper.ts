import type { MeResponse } from '@tongxin/types';

import type { BindingRow } from '../modules/bindings/bindings.repository';

export function toHome(binding: BindingRow): NonNullable<MeResponse['home']> {
  return {
    buildingId: binding.buildingId,
    buildingName: binding.buildingName,
    household: binding.household,
    status: binding.status,
  };
}
