/** 走访 findings a grid worker writes again and again: a tap adds one. */
export const VISIT_PHRASES = [
  '身体状况良好',
  '生活能自理',
  '情绪稳定',
  '家中安全无隐患',
  '需要代购药品',
  '家电需要维修',
  '需要陪同就医',
  '已电话联系家属',
] as const;

const SEPARATOR = '，';
const ENDS_WITH_PUNCTUATION = /[，。；、,.;\s]$/;

/** The findings with `phrase` added at the end, or taken out when it is already there. */
export function togglePhrase(text: string, phrase: string): string {
  if (text.includes(phrase)) {
    return text.replace(`${SEPARATOR}${phrase}`, '').replace(`${phrase}${SEPARATOR}`, '').replace(phrase, '').trim();
  }
  const trimmed = text.trim();
  if (!trimmed) return phrase;
  return ENDS_WITH_PUNCTUATION.test(trimmed) ? `${trimmed}${phrase}` : `${trimmed}${SEPARATOR}${phrase}`;
}

/** The phrases the findings hold, for the chips to show ticked. */
export function phrasesIn(text: string): string[] {
  return VISIT_PHRASES.filter((phrase) => text.includes(phrase));
}

/** The API takes a need's text of 2–500 characters. */
export const FOLLOW_UP_LIMITS = { min: 2, max: 500 } as const;

/** A need's text prefilled from the visit's findings: what was found is what needs doing. */
export function followUpText(findings: string): string {
  return findings.trim().slice(0, FOLLOW_UP_LIMITS.max);
}
