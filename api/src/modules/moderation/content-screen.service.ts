import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, ModerationSource } from '@tongxin/types';
import { LRUCache } from 'lru-cache';

import { AppConfig } from '../../infra/config/app-config';
import { DomainException } from '../../infra/http/domain.exception';
import { type ContentScene, WechatClient } from '../../infra/wechat/wechat.client';
import { UsersRepository } from '../users/users.repository';
import { KeywordFilter } from './keyword-filter';
import { ModerationRepository } from './moderation.repository';

export interface ScreenRequest {
  authorId: string;
  /** The texts of one record (title and description, say), checked as one. */
  texts: (string | null | undefined)[];
  scene: ContentScene;
  /** Path of the place the text is about (its street's word list applies); null when it has none. */
  placePath: string | null;
}

/** `pass`: others may see it now. `held`: saved, but only its author sees it until a moderator passes it. */
export type ScreenVerdict = { outcome: 'pass' } | { outcome: 'held'; source: ModerationSource };

const WORD_LISTS_TTL_MS = 60_000;

/**
 * Checks text one member writes for others before others see it: WeChat's msg_sec_check (v2) for members who came
 * through WeChat, the keyword filter (built-in words and the street's own) for everyone else — and for WeChat
 * members when WeChat cannot be reached. `risky` is refused (CONTENT_RISKY); `review` or a keyword hit is held.
 */
@Injectable()
export class ContentScreenService {
  private readonly logger = new Logger('ContentScreen');
  private readonly filters = new LRUCache<string, KeywordFilter>({ max: 500, ttl: WORD_LISTS_TTL_MS });

  constructor(
    private readonly config: AppConfig,
    private readonly wechat: WechatClient,
    private readonly users: UsersRepository,
    private readonly repository: ModerationRepository,
  ) {}

  async screen(request: ScreenRequest): Promise<ScreenVerdict> {
    const text = request.texts.filter((t): t is string => Boolean(t && t.trim())).join('\n');
    if (!text) return { outcome: 'pass' };
    // Paths start with the street's id; a place-less text gets the built-in words only.
    const streetId = request.placePath?.split('/')[0] ?? '';
    const author = this.config.wechat ? await this.users.findActiveById(request.authorId) : null;
    if (author?.wechatOpenid) {
      const verdict = await this.askWechat(author.wechatOpenid, request.scene, text);
      if (verdict === 'risky') throw new DomainException(ErrorCode.ContentRisky, '内容不合规，请修改后再提交');
      if (verdict === 'review') return { outcome: 'held', source: ModerationSource.WechatText };
      if (verdict === 'pass') return this.keywords(streetId, text);
    }
    return this.keywords(streetId, text);
  }

  /** The street's list changed: the next check in this process reads it again (others within a minute). */
  forget(streetId: string): void {
    this.filters.delete(streetId);
  }

  private async keywords(streetId: string, text: string): Promise<ScreenVerdict> {
    let filter = this.filters.get(streetId);
    if (!filter) {
      filter = new KeywordFilter(await this.repository.wordsOf(streetId));
      this.filters.set(streetId, filter);
    }
    return filter.hits(text).length > 0 ? { outcome: 'held', source: ModerationSource.Keyword } : { outcome: 'pass' };
  }

  /** WeChat's verdict, or null when WeChat cannot answer now (the keyword filter decides then). */
  private async askWechat(openid: string, scene: ContentScene, content: string) {
    try {
      return (await this.wechat.checkText({ openid, scene, content: [...content].slice(0, 2500).join('') })).suggest;
    } catch (error) {
      this.logger.warn(`msg_sec_check unavailable, keyword filter only: ${(error as Error).message}`);
      return null;
    }
  }
}
