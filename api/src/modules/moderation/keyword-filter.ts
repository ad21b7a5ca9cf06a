import { Mint } from 'mint-filter';

/**
 * Words held for a moderator everywhere, before any street adds its own (spam and abuse that neighbourhood
 * boards see most). Streets extend the list in 敏感词 (moderation_words); WeChat's check covers the rest.
 */
export const BUILT_IN_WORDS: readonly string[] = [
  '加微信',
  '加我微信',
  '刷单',
  '兼职日结',
  '代开发票',
  '办证',
  '博彩',
  '赌博',
  '网贷秒批',
  '套现',
  '裸聊',
  '约炮',
  '傻逼',
  '去死',
  '滚蛋',
];

/** An Aho–Corasick matcher (mint-filter) over the built-in words and a street's own. */
export class KeywordFilter {
  private readonly mint: Mint;

  constructor(words: readonly string[]) {
    this.mint = new Mint([...new Set([...BUILT_IN_WORDS, ...words].map((w) => w.trim()).filter(Boolean))]);
  }

  /** The listed words the text contains (case and width as written). */
  hits(text: string): string[] {
    return this.mint.filter(text, { replace: false }).words;
  }
}
