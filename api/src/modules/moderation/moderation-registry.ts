import { Injectable } from '@nestjs/common';
import type { FlaggableKind } from '@tongxin/types';

import type { Caller } from '../access/authorize.decorator';

/** What moderation needs to know of a record: whose place it is in, who wrote it, and what it says. */
export interface FlaggableRecord {
  /** The community (or street) whose staff moderate it. */
  placeId: string;
  authorId: string | null;
  excerpt: string;
  /** For photos: a signed link to the image (moderators look at it in the queue). */
  mediaUrl?: string;
}

/**
 * A feature's answer for its own records. `viewer` null: the record as it is (WeChat's photo verdict);
 * otherwise null unless the viewer may read it (so a flag on a record one cannot see is NOT_FOUND).
 */
export interface FlaggableSource {
  find(id: string, viewer: Caller | null): Promise<FlaggableRecord | null>;
  /** A record held for review (never yet seen by others) was passed: what its first publication would have done. */
  published?(id: string): Promise<void>;
}

/**
 * Each feature registers the kinds of record it owns (orders: reports; photos: photos; events: events and their
 * rating comments; honours: honours), so moderation imports no feature: they depend on it, one way.
 */
@Injectable()
export class ModerationRegistry {
  private readonly sources = new Map<FlaggableKind, FlaggableSource>();

  register(kind: FlaggableKind, source: FlaggableSource): void {
    this.sources.set(kind, source);
  }

  find(kind: FlaggableKind, id: string, viewer: Caller | null): Promise<FlaggableRecord | null> {
    const source = this.sources.get(kind);
    return source ? source.find(id, viewer) : Promise.resolve(null);
  }

  async published(kind: FlaggableKind, id: string): Promise<void> {
    await this.sources.get(kind)?.published?.(id);
  }
}
