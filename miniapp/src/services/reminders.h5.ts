/** H5 has no subscribe messages: nothing to ask, and 开启微信提醒 is not offered. */
export const REMINDERS_AVAILABLE = false;

export function askForReminders(_templateIds: string[]): void {
  // Nothing on the web: notices stay in 消息通知.
}
