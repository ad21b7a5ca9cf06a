import { Injectable, Logger } from '@nestjs/common';
import {
  ErrorCode,
  type FlagContentResponse,
  FlaggableKind,
  type ModerationCaseView,
  ModerationSource,
  ModerationState,
  type ModerationWordView,
  NotificationKind,
  type Page,
  PlaceLevel,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { WechatClient } from '../../infra/wechat/wechat.client';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { gist, NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import { ContentScreenService, type ScreenVerdict } from './content-screen.service';
import type { CasesQueryDto, FlagContentDto } from './dto/moderation.dto';
import { ContentFlag } from './entities/content-flag.entity';
import { ModerationCase } from './entities/moderation-case.entity';
import { ModerationWord } from './entities/moderation-word.entity';
import { toCaseView, toWordView } from './moderation.mapper';
import { type CaseRow, ModerationRepository } from './moderation.repository';
import { ModerationRegistry } from './moderation-registry';

/** A record just written whose text was held: its case opens in the same transaction as the record. */
export interface HoldRequest {
  kind: FlaggableKind;
  recordId: string;
  placeId: string;
  authorId: string;
  excerpt: string;
  verdict: ScreenVerdict;
}

export interface MediaCheckRequest {
  photoId: string;
  ownerId: string;
  /** The photo's path under the API (signed), made absolute with PUBLIC_BASE_URL for WeChat to fetch. */
  signedPath: string;
}

const excerptOf = (text: string) => [...text.replace(/\s+/g, ' ').trim()].slice(0, 200).join('');

/** 举报, holds, WeChat's photo verdicts, the moderation queue and the street word lists. */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger('Moderation');

  constructor(
    private readonly repository: ModerationRepository,
    private readonly registry: ModerationRegistry,
    private readonly screen: ContentScreenService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly wechat: WechatClient,
    private readonly config: AppConfig,
  ) {}

  /** Opens a held case for a record whose text the screen held; nothing when it passed. */
  async holdIfNeeded(request: HoldRequest, manager?: EntityManager): Promise<void> {
    if (request.verdict.outcome !== 'held') return;
    await this.repository.openCase(
      Object.assign(new ModerationCase(), {
        id: newId(),
        recordKind: request.kind,
        recordId: request.recordId,
        placeId: request.placeId,
        authorId: request.authorId,
        state: ModerationState.Held,
        source: request.verdict.source,
        excerpt: excerptOf(request.excerpt),
        flagCount: 0,
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
      }),
      manager,
    );
  }

  /** The id of a record's moderation case, if it has one. */
  async caseOf(kind: FlaggableKind, recordId: string): Promise<string | null> {
    return (await this.repository.findCaseByRecord(kind, recordId))?.id ?? null;
  }

  /** The states that keep these records from others, for their author's eyes (held, hidden, removed). */
  unseenStates(kind: FlaggableKind, recordIds: string[]): Promise<Map<string, ModerationState>> {
    return this.repository.unseenStates(kind, recordIds);
  }

  /** 举报: one flag per member and record; at the threshold the record is hidden until a moderator decides. */
  async flag(caller: Caller, body: FlagContentDto): Promise<FlagContentResponse> {
    const record = await this.registry.find(body.kind, body.id, caller);
    if (!record) throw new DomainException(ErrorCode.NotFound, '内容不存在');
    if (record.authorId === caller.userId) throw new DomainException(ErrorCode.Forbidden, '不能举报自己发布的内容');
    return this.repository.transaction(async (manager) => {
      await this.repository.insertFlag(
        Object.assign(new ContentFlag(), {
          id: newId(),
          recordKind: body.kind,
          recordId: body.id,
          memberId: caller.userId,
          reason: body.reason,
          note: body.note ?? null,
        }),
        manager,
      );
      const flags = await this.repository.countFlags(body.kind, body.id, manager);
      const existing = await this.repository.findCaseByRecord(body.kind, body.id, manager);
      if (existing) {
        await this.repository.setFlagCount(existing.id, flags, manager);
        return { hidden: existing.state !== ModerationState.Passed };
      }
      if (flags < this.config.moderation.flagThreshold) return { hidden: false };
      await this.repository.openCase(
        Object.assign(new ModerationCase(), {
          id: newId(),
          recordKind: body.kind,
          recordId: body.id,
          placeId: record.placeId,
          authorId: record.authorId,
          state: ModerationState.Hidden,
          source: ModerationSource.Flags,
          excerpt: excerptOf(record.excerpt),
          flagCount: flags,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
        }),
        manager,
      );
      return { hidden: true };
    });
  }

  async cases(caller: Caller, query: CasesQueryDto): Promise<Page<ModerationCaseView>> {
    let scopes = this.access.scopes(caller.grants ?? [], Permission.ModerationManage);
    if (query.placeId) {
      const place = await this.places.findActiveById(query.placeId);
      if (!place || !this.access.allows(caller.grants ?? [], Permission.ModerationManage, place.path)) {
        throw forbidden();
      }
      scopes = [place.path];
    }
    const { rows, total } = await this.repository.findCases({
      scopes,
      status: query.status ?? 'open',
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(await this.toViews(rows), total, query);
  }

  /** Pass (shown again) or remove (gone for all but the author, who is told why); once; audited. */
  async decide(caller: Caller, caseId: string, to: 'passed' | 'removed', reason: string): Promise<ModerationCaseView> {
    const decided = await this.repository.transaction(async (manager) => {
      const open = await this.repository.findCases({ id: caseId, offset: 0, limit: 1 });
      const row = open.rows[0];
      if (!row) throw new DomainException(ErrorCode.NotFound, '审核记录不存在');
      if (!(await this.repository.decide({ id: caseId, to, decidedBy: caller.userId, reason }, manager))) {
        throw new DomainException(ErrorCode.CaseDecided, '这条内容已处理过');
      }
      await this.audit.record(
        {
          actorId: caller.userId,
          action: to === ModerationState.Passed ? 'moderation.pass' : 'moderation.remove',
          targetType: 'moderation_case',
          targetId: caseId,
          placeId: row.placeId,
          details: { kind: row.recordKind, recordId: row.recordId, reason },
        },
        manager,
      );
      if (row.authorId) {
        const removed = to === ModerationState.Removed;
        await this.notifications.notifyUsers(
          [row.authorId],
          {
            kind: removed ? NotificationKind.ContentRemoved : NotificationKind.ContentPassed,
            title: removed ? '你发布的内容已被移除' : '你发布的内容已通过审核',
            body: removed ? `原因：${reason}` : `“${gist(row.excerpt)}”现在大家都能看到了`,
            reportId: row.recordKind === FlaggableKind.Report ? row.recordId : null,
            eventId: row.recordKind === FlaggableKind.Event ? row.recordId : null,
          },
          manager,
        );
      }
      return row;
    });
    if (to === ModerationState.Passed && decided.state === ModerationState.Held) {
      await this.registry.published(decided.recordKind, decided.recordId);
    }
    const after = await this.repository.findCases({ id: decided.id, offset: 0, limit: 1 });
    return (await this.toViews(after.rows))[0];
  }

  /**
   * Asks WeChat to check a photo others will see (media_check_async), when the uploader came through WeChat and the
   * API knows its public address. Best effort: WeChat being down leaves the photo to members' flags.
   */
  async checkPhoto(request: MediaCheckRequest): Promise<void> {
    if (!this.config.wechat || !this.config.publicBaseUrl) return;
    const owner = await this.users.findActiveById(request.ownerId);
    if (!owner?.wechatOpenid) return;
    try {
      const { traceId } = await this.wechat.checkMediaAsync({
        openid: owner.wechatOpenid,
        scene: 3,
        mediaUrl: `${this.config.publicBaseUrl}${request.signedPath}`,
      });
      await this.repository.insertMediaCheck({ traceId, photoId: request.photoId, createdAt: new Date() });
    } catch (error) {
      this.logger.warn(`media_check_async unavailable for photo ${request.photoId}: ${(error as Error).message}`);
    }
  }

  /** WeChat's photo verdict arrived: risky or review hides the photo everywhere until a moderator decides. */
  async mediaVerdict(traceId: string, suggest: string): Promise<void> {
    if (suggest !== 'risky' && suggest !== 'review') return;
    const check = await this.repository.findMediaCheck(traceId);
    if (!check) return;
    const photo = await this.registry.find(FlaggableKind.Photo, check.photoId, null);
    if (!photo) return;
    await this.repository.openCase(
      Object.assign(new ModerationCase(), {
        id: newId(),
        recordKind: FlaggableKind.Photo,
        recordId: check.photoId,
        placeId: photo.placeId,
        authorId: photo.authorId,
        state: ModerationState.Hidden,
        source: ModerationSource.WechatMedia,
        excerpt: excerptOf(photo.excerpt || (suggest === 'risky' ? '微信检测：违规图片' : '微信检测：需人工复核')),
        flagCount: 0,
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
      }),
    );
  }

  async words(caller: Caller, streetId: string, query: PageQueryDto): Promise<Page<ModerationWordView>> {
    await this.street(caller, streetId);
    const { rows, total } = await this.repository.pageWords(
      streetId,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(rows.map(toWordView), total, query);
  }

  async addWord(caller: Caller, streetId: string, word: string): Promise<ModerationWordView> {
    await this.street(caller, streetId);
    const row = Object.assign(new ModerationWord(), {
      id: newId(),
      streetId,
      word: word.trim(),
      createdBy: caller.userId,
      createdAt: new Date(),
    });
    if (!(await this.repository.insertWord(row))) throw new DomainException(ErrorCode.Conflict, '这个词已在列表中');
    this.screen.forget(streetId);
    return toWordView(row);
  }

  async deleteWord(wordId: string): Promise<void> {
    const word = await this.repository.findWord(wordId);
    if (!word) throw new DomainException(ErrorCode.NotFound, '词条不存在');
    await this.repository.deleteWord(wordId);
    this.screen.forget(word.streetId);
  }

  private async street(caller: Caller, streetId: string): Promise<void> {
    const street = await this.places.findActiveById(streetId);
    if (!street || street.level !== PlaceLevel.Street) throw new DomainException(ErrorCode.PlaceNotFound, '街道不存在');
    if (!this.access.allows(caller.grants ?? [], Permission.ModerationManage, street.path)) throw forbidden();
  }

  private async toViews(rows: CaseRow[]): Promise<ModerationCaseView[]> {
    const reasons = await this.repository.reasonCounts(rows.map((r) => ({ kind: r.recordKind, id: r.recordId })));
    return Promise.all(
      rows.map(async (row) => {
        // A moderator looks at the photo itself: the photos feature signs a link to it.
        const photo =
          row.recordKind === FlaggableKind.Photo ? await this.registry.find(row.recordKind, row.recordId, null) : null;
        return toCaseView({
          row,
          reasons: reasons.get(`${row.recordKind}:${row.recordId}`) ?? [],
          photoUrl: photo?.mediaUrl ?? null,
        });
      }),
    );
  }
}
