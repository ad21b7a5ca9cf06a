import type { OrderAlertSettings } from '@tongxin/types';

import type { AlertSettingsRow } from './alerts.repository';
import { toClock } from './quiet-hours';

/** A member's 接单提醒 settings; no row yet: on, no quiet hours. */
export function toOrderAlertSettings(row: AlertSettingsRow | null, windowMinutes: number): OrderAlertSettings {
  return {
    enabled: row?.enabled ?? true,
    quietStart: row?.quietStart == null ? null : toClock(row.quietStart),
    quietEnd: row?.quietEnd == null ? null : toClock(row.quietEnd),
    windowMinutes,
  };
}
