import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  ErrorCode,
  FlaggableKind,
  HonourKind,
  HonourStatus,
  type HonourView,
  NotificationKind,
  type Page,
  PlaceUnitKind,
} from '@tongxin/types';

import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { chinaMinute } from '../../infra/time/china-time';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { ContentScreenService } from '../moderation/content-screen.service';
import { ModerationService } from '../moderation/moderation.service';
import { ModerationRegistry } from '../moderation/moderation-registry';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import type { ListHonoursQueryDto, NominateHonourDto } from './dto/honours.dto';
import { Honour } from './honour.entity';
import { toHonourView } from './honours.mapper';
import { HonoursRepository } from './honours.repository';

/** Honour lists: one staff member nominates with a citation, a second approves, it is published, then archived. */
@Injectable()
export class HonoursService implements OnModuleInit {
  constructor(
    private readonly honours: HonoursRepository,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly registry: ModerationRegistry,
  ) {}

  /** Published honours are flagged by anyone who sees the board; their community's staff moderate them. */
  onModuleInit(): void {
    this.registry.register(FlaggableKind.Honour, {
      find: async (id, viewer) => {
        const honour = await this.honours.findById(id);
        if (!honour) return null;
        const community = await this.places.findActiveById(honour.communityId);
        const grants = viewer ? await this.access.grantsOf(viewer.userId) : [];
        const manages = community ? this.access.allows(grants, Permission.HonourManage, community.path) : false;
        if (viewer && honour.status !== HonourStatus.Published && !manages) return null;
        return { placeId: honour.communityId, authorId: honour.nominatedBy, excerpt: honour.citation };
      },
    });
  }

  async nominate(caller: Caller, body: NominateHonourDto): Promise<HonourView> {
    const community = await this.places.findActiveById(body.communityId);
    if (!community || community.level !== 'community') throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    if (body.kind === HonourKind.Person) {
      const member = body.memberId && !body.businessUnitId ? await this.users.findActiveById(body.memberId) : null;
      const home = member?.homePlaceId ? await this.places.findActiveById(member.homePlaceId) : null;
      if (!member || !home || !home.path.startsWith(community.path)) {
        throw new DomainException(ErrorCode.NotFound, '请选择本社区的居民');
      }
    } else {
      const unit =
        body.businessUnitId && !body.memberId ? await this.honours.findBusinessUnit(body.businessUnitId) : null;
      const unitPlace = unit ? await this.places.findActiveById(unit.placeId) : null;
      const inside =
        unitPlace && (unitPlace.path.startsWith(community.path) || community.path.startsWith(unitPlace.path));
      if (!unit || unit.kind !== PlaceUnitKind.Business || unit.retiredAt || !inside) {
        throw new DomainException(ErrorCode.NotFound, '请选择本社区（或所属街道）的商户');
      }
    }
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [body.citation],
      scene: 3,
      placePath: community.path,
    });
    const honour = Object.assign(new Honour(), {
      id: newId(),
      communityId: body.communityId,
      kind: body.kind,
      memberId: body.kind === HonourKind.Person ? (body.memberId as string) : null,
      businessUnitId: body.kind === HonourKind.Business ? (body.businessUnitId as string) : null,
      citation: body.citation,
      publishDays: body.publishDays,
      status: HonourStatus.Nominated,
      nominatedBy: caller.userId,
      approvedBy: null,
      reason: null,
      publishedFrom: null,
      publishedUntil: null,
    });
    await this.honours.insert(honour);
    await this.moderation.holdIfNeeded({
      kind: FlaggableKind.Honour,
      recordId: honour.id,
      placeId: honour.communityId,
      authorId: caller.userId,
      excerpt: body.citation,
      verdict,
    });
    await this.audit.record({
      actorId: caller.userId,
      action: 'honour.nominate',
      targetType: 'honour',
      targetId: honour.id,
      placeId: honour.communityId,
    });
    return this.view(honour.id);
  }

  /** A second staff member publishes it; the nominator cannot approve their own nomination. */
  async approve(caller: Caller, id: string): Promise<HonourView> {
    const honour = await this.require(id);
    if (honour.nominatedBy === caller.userId)
      throw new DomainException(ErrorCode.SecondApproverRequired, '需由另一位工作人员审核');
    const publishedFrom = new Date();
    const publishedUntil = new Date(publishedFrom.getTime() + honour.publishDays * 86_400_000);
    const moved = await this.honours.transition({
      id,
      from: HonourStatus.Nominated,
      fields: { status: HonourStatus.Published, approvedBy: caller.userId, publishedFrom, publishedUntil },
      notNominatedBy: caller.userId,
    });
    if (!moved) throw new DomainException(ErrorCode.Conflict, '该提名已处理');
    await this.audit.record({
      actorId: caller.userId,
      action: 'honour.approve',
      targetType: 'honour',
      targetId: id,
      placeId: honour.communityId,
    });
    if (honour.memberId) {
      await this.notifications.notifyUsers([honour.memberId], {
        kind: NotificationKind.HonourPublished,
        title: '您已入选石榴籽个人',
        body: `感谢您为社区的付出，荣誉榜展示至 ${chinaMinute(publishedUntil).slice(0, 10)}。`,
      });
    }
    return this.view(id);
  }

  async reject(caller: Caller, id: string, reason: string): Promise<HonourView> {
    const honour = await this.require(id);
    if (honour.nominatedBy === caller.userId)
      throw new DomainException(ErrorCode.SecondApproverRequired, '需由另一位工作人员审核');
    if (
      !(await this.honours.transition({
        id,
        from: HonourStatus.Nominated,
        fields: { status: HonourStatus.Rejected, approvedBy: caller.userId, reason },
        notNominatedBy: caller.userId,
      }))
    ) {
      throw new DomainException(ErrorCode.Conflict, '该提名已处理');
    }
    await this.audit.record({
      actorId: caller.userId,
      action: 'honour.reject',
      targetType: 'honour',
      targetId: id,
      placeId: honour.communityId,
      details: { reason },
    });
    return this.view(id);
  }

  /** Anyone sees what is published now; other states need the honour permission on the community. */
  async list(caller: Caller | null, query: ListHonoursQueryDto): Promise<Page<HonourView>> {
    const community = await this.places.findActiveById(query.communityId);
    if (!community) throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    if (query.status !== HonourStatus.Published) {
      const grants = caller ? await this.access.grantsOf(caller.userId) : [];
      if (!this.access.allows(grants, Permission.HonourManage, community.path)) throw forbidden();
    }
    const now = query.status === HonourStatus.Published ? new Date() : undefined;
    const { rows, total } = await this.honours.find(
      { communityId: query.communityId, status: query.status, now },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(rows.map(toHonourView), total, query);
  }

  archiveEnded(now = new Date()): Promise<number> {
    return this.honours.archiveEnded(now);
  }

  private async require(id: string): Promise<Honour> {
    const honour = await this.honours.findById(id);
    if (!honour) throw new DomainException(ErrorCode.NotFound, '提名不存在');
    return honour;
  }

  private async view(id: string): Promise<HonourView> {
    const [row] = (await this.honours.find({ id }, 0, 1)).rows;
    if (!row) throw new DomainException(ErrorCode.NotFound, '提名不存在');
    return toHonourView(row);
  }
}
