import type { ReminderTemplate } from '../../infra/config/app-config';
import { chinaWallClock } from '../../infra/time/china-time';

/** What WeChat accepts per key type (subscribeMessage.send): longer values are refused with errcode 47003. */
const MAX_LENGTH: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32 };

/** A value cut to its key type's length, with an ellipsis when something was cut. */
export function fit(key: string, value: string): string {
  const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] ?? 'thing';
  const max = MAX_LENGTH[type] ?? 20;
  const chars = [...value.trim()];
  if (type === 'character_string')
    return chars
      .filter((c) => /[\x21-\x7e]/.test(c))
      .slice(0, max)
      .join('');
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** 2026年11月22日 14:02, China time: the time format subscribe messages show. */
export function reminderTime(at: Date): string {
  const t = chinaWallClock(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The template's keys filled from a notice. */
export function reminderData(
  template: ReminderTemplate,
  notice: { title: string; body: string; createdAt: Date },
): Record<string, string> {
  return {
    [template.titleKey]: fit(template.titleKey, notice.title),
    [template.bodyKey]: fit(template.bodyKey, notice.body),
    ...(template.timeKey ? { [template.timeKey]: reminderTime(notice.createdAt) } : {}),
  };
}
