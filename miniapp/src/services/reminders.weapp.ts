import Taro from '@tarojs/taro';

export const REMINDERS_AVAILABLE = true;

/**
 * Asks the member to accept WeChat reminders for these templates (at most three per ask). WeChat only shows the
 * dialog for a tap, so call this first thing in a tap handler, with ids already loaded. Each acceptance is good
 * for one reminder; a refusal or a dismissed dialog changes nothing else.
 */
export function askForReminders(templateIds: string[]): void {
  if (templateIds.length === 0) return;
  Taro.requestSubscribeMessage({ tmplIds: templateIds.slice(0, 3), entityIds: [] }).catch(() => undefined);
}
