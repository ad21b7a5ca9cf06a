import type { Page, PageQuery } from './pagination';

/** What a member can flag (举报): the records others see that a member wrote or uploaded. */
export const FlaggableKind = {
  Report: 'report',
  Photo: 'photo',
  Event: 'event',
  Honour: 'honour',
  /** The comment a resident left when rating an event. */
  EventComment: 'event_comment',
} as const;
export type FlaggableKind = (typeof FlaggableKind)[keyof typeof FlaggableKind];

/** Why a member flags something. */
export const FlagReason = {
  Abuse: 'abuse',
  Spam: 'spam',
  Privacy: 'privacy',
  False: 'false',
  Illegal: 'illegal',
  Other: 'other',
} as const;
export type FlagReason = (typeof FlagReason)[keyof typeof FlagReason];

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  abuse: '辱骂攻击',
  spam: '广告骚扰',
  privacy: '泄露隐私',
  false: '虚假信息',
  illegal: '违法违规',
  other: '其他',
};

/**
 * A moderation case: `held` — checked on writing and waiting for a moderator (the author sees it, others do not);
 * `hidden` — hidden after enough flags or WeChat's photo check, waiting; `passed` — shown again; `removed` — gone
 * for everyone but the author, who is told why.
 */
export const ModerationState = {
  Held: 'held',
  Hidden: 'hidden',
  Passed: 'passed',
  Removed: 'removed',
} as const;
export type ModerationState = (typeof ModerationState)[keyof typeof ModerationState];

/** What brought the case: the keyword list, WeChat's text check, WeChat's photo check, or members' flags. */
export const ModerationSource = {
  Keyword: 'keyword',
  WechatText: 'wechat_text',
  WechatMedia: 'wechat_media',
  Flags: 'flags',
} as const;
export type ModerationSource = (typeof ModerationSource)[keyof typeof ModerationSource];

export interface FlagContentRequest {
  kind: FlaggableKind;
  id: string;
  reason: FlagReason;
  /** Optional words from the member, at most 200 characters. */
  note?: string;
}

export interface FlagContentResponse {
  /** The item is now hidden pending review (enough members flagged it). */
  hidden: boolean;
}

export interface ModerationCaseQuery extends PageQuery {
  /** A community or street the caller moderates; all of theirs when absent. */
  placeId?: string;
  /** `open` (held and hidden, oldest first) or `decided` (newest first). */
  status?: 'open' | 'decided';
}

export interface ModerationCaseView {
  id: string;
  kind: FlaggableKind;
  recordId: string;
  placeId: string;
  placeName: string;
  state: ModerationState;
  source: ModerationSource;
  /** The text in question (or the photo's caption context), shortened. */
  excerpt: string;
  /** For photos: a signed link a moderator can open. */
  photoUrl: string | null;
  authorNickname: string | null;
  flagCount: number;
  reasons: { reason: FlagReason; count: number }[];
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export type ModerationCasePage = Page<ModerationCaseView>;

export interface DecideCaseRequest {
  /** Told to the author when removed; kept in the audit log either way. 2–200 characters. */
  reason: string;
}

export interface ModerationWordView {
  id: string;
  streetId: string;
  word: string;
  createdAt: string;
}

export interface AddModerationWordRequest {
  streetId: string;
  word: string;
}
