import { Injectable } from '@nestjs/common';
import { ErrorCode, type FamilyActView, type FamilyLinkView, NotificationKind } from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import type { RecordFamilyLinkDto, RequestFamilyLinkDto } from './dto/family.dto';
import { type FamilyLinkRow, FamilyRepository } from './family.repository';
import { FamilyLink } from './family-link.entity';

const notFound = () => new DomainException(ErrorCode.NotFound, '关联不存在');

/**
 * 亲情代办 links: asked by the family member and confirmed on the parent's phone, or recorded by staff at a visit
 * (the parent's consent in person). Ended by either of them or by staff; acting through a link is `ProxyGuard`'s.
 */
@Injectable()
export class FamilyService {
  constructor(
    private readonly links: FamilyRepository,
    private readonly users: UsersRepository,
    private readonly cipher: PiiCipher,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The family member asks; the parent is told and confirms. The same answer whether or not the phone is a member's. */
  async request(caller: Caller, body: RequestFamilyLinkDto): Promise<FamilyLinkView[]> {
    const parent = await this.users.findByPhoneHash(this.cipher.hash(body.parentPhone));
    if (parent && !parent.deletedAt && parent.id !== caller.userId && parent.homePlaceId) {
      const created = await this.create({
        parentId: parent.id,
        childId: caller.userId,
        relation: body.relation,
        active: false,
      });
      if (created) {
        await this.notifications.notifyUsers([parent.id], {
          kind: NotificationKind.FamilyLink,
          title: '亲情代办',
          body: `您的家人（${body.relation}）申请为您代办社区事务，请在“我的-亲情代办”中确认`,
        });
      }
    }
    return this.mine(caller);
  }

  /** Staff at a visit record the parent's consent: the link is active at once. */
  async record(caller: Caller, body: RecordFamilyLinkDto): Promise<FamilyLinkView[]> {
    const parent = await this.users.findActiveById(body.parentId);
    const place = parent ? await this.users.homePath(parent.id) : null;
    if (!parent || !place) throw notFound();
    const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
    if (!this.access.allows(grants, Permission.CareManage, place)) throw forbidden();
    const child = await this.users.findByPhoneHash(this.cipher.hash(body.childPhone));
    if (!child || child.deletedAt || child.id === parent.id) {
      throw new DomainException(ErrorCode.ValidationFailed, '该手机号还不是同心成员，请家人先注册', [
        { field: 'childPhone', problems: ['不是成员'] },
      ]);
    }
    await this.create({
      parentId: parent.id,
      childId: child.id,
      relation: body.relation,
      active: true,
      staffId: caller.userId,
    });
    await this.notifications.notifyUsers([child.id], {
      kind: NotificationKind.FamilyLink,
      title: '亲情代办',
      body: '社区工作人员已记录您父母的同意，您现在可以为其代办社区事务',
    });
    return [];
  }

  async confirm(caller: Caller, id: string): Promise<FamilyLinkView[]> {
    const link = await this.links.find(id);
    if (!link || link.parentId !== caller.userId || caller.proxyBy) throw notFound();
    const done = await this.links.move(id, ['pending'], {
      status: 'active',
      confirmedBy: 'parent',
      confirmedAt: new Date(),
    });
    if (!done) throw new DomainException(ErrorCode.Conflict, '该关联已处理');
    await this.notifications.notifyUsers([link.childId], {
      kind: NotificationKind.FamilyLink,
      title: '亲情代办',
      body: '您的父母已同意，您现在可以为其代办社区事务',
    });
    return this.mine(caller);
  }

  /** The parent, the family member, or staff of the parent's place end it. */
  async end(caller: Caller, id: string): Promise<FamilyLinkView[]> {
    const link = await this.links.find(id);
    if (!link || caller.proxyBy) throw notFound();
    if (link.parentId !== caller.userId && link.childId !== caller.userId) {
      const place = await this.users.homePath(link.parentId);
      const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
      if (!place || !this.access.allows(grants, Permission.CareManage, place)) throw notFound();
    }
    const done = await this.links.move(id, ['pending', 'active'], {
      status: 'ended',
      liveKey: null,
      endedAt: new Date(),
      endedBy: caller.userId,
    });
    if (!done) throw new DomainException(ErrorCode.Conflict, '该关联已结束');
    return this.mine(caller);
  }

  async mine(caller: Caller): Promise<FamilyLinkView[]> {
    return (await this.links.mine(caller.userId)).map((row) => toLinkView(row, caller.userId));
  }

  /** What was done through the link, for the parent and the family member. */
  async acts(caller: Caller, id: string): Promise<FamilyActView[]> {
    const link = await this.links.find(id);
    if (!link || (link.parentId !== caller.userId && link.childId !== caller.userId)) throw notFound();
    const rows = await this.links.acts(link.parentId, link.childId);
    return rows.map((r) => {
      const details = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { what?: string } | null;
      return { at: new Date(String(r.at)).toISOString(), childName: r.childName, what: details?.what ?? '' };
    });
  }

  /** The family members with an active link to the parent (they hear of a missed 平安打卡 too). */
  childrenOf(parentId: string): Promise<string[]> {
    return this.links.childrenOf(parentId);
  }

  /** Whether two members are linked (asked or active), either way round: neither may profit from the other's report. */
  areLinked(a: string, b: string): Promise<boolean> {
    return this.links.areLinked(a, b);
  }

  /** Records one request made for a parent (called after it succeeded). */
  async recordAct(act: { parentId: string; childId: string; what: string; path: string }): Promise<void> {
    const parent = await this.users.findActiveById(act.parentId);
    await this.audit.record({
      actorId: act.childId,
      action: 'proxy.act',
      targetType: 'user',
      targetId: act.parentId,
      placeId: parent?.homePlaceId ?? act.parentId,
      details: { what: act.what, path: act.path },
    });
  }

  private async create(link: {
    parentId: string;
    childId: string;
    relation: string;
    active: boolean;
    staffId?: string;
  }) {
    const now = new Date();
    try {
      await this.links.insert(
        Object.assign(new FamilyLink(), {
          id: newId(),
          parentId: link.parentId,
          childId: link.childId,
          relation: link.relation,
          status: link.active ? 'active' : 'pending',
          liveKey: `${link.parentId}:${link.childId}`,
          confirmedBy: link.active ? 'staff' : null,
          confirmedByStaff: link.staffId ?? null,
          confirmedAt: link.active ? now : null,
          endedAt: null,
          endedBy: null,
        }),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}

function toLinkView(row: FamilyLinkRow, viewer: string): FamilyLinkView {
  const asParent = row.parentId === viewer;
  return {
    id: row.id,
    status: row.status,
    relation: row.relation,
    parent: { id: row.parentId, name: row.parentName },
    child: { id: row.childId, name: row.childName },
    confirmedBy: row.confirmedBy,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    can: {
      confirm: asParent && row.status === 'pending',
      end: row.status !== 'ended',
      actFor: !asParent && row.status === 'active',
    },
  };
}
