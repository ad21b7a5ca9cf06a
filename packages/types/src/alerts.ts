/**
 * 接单提醒: a grid member's settings for being told when orders wait in their grids' hall. Quiet hours are China
 * time ("HH:mm"); a window may cross midnight (22:00–07:00). Both null: no quiet hours.
 */
export interface OrderAlertSettings {
  /** On by default for grid members. */
  enabled: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  /** At most one WeChat reminder per this many minutes (the server's window). */
  windowMinutes: number;
}

export interface UpdateOrderAlertSettingsRequest {
  enabled: boolean;
  /** "HH:mm", or null with quietEnd null for none. */
  quietStart: string | null;
  quietEnd: string | null;
}
