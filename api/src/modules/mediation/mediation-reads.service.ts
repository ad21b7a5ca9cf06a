import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type MediationCaseSummary,
  type MediationCaseView,
  type MediationPartyCandidate,
  type MediatorView,
  type Page,
  Role,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import type { ActiveGrant } from '../access/access.repository';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { PhotosService } from '../photos/photos.service';
import type { ListMediationCasesDto } from './dto/mediation.dto';
import { toCaseSummary, toCaseView } from './mediation.mapper';
import { MediationRepository } from './mediation.repository';
import type { MediationCase } from './mediation-case.entity';
import { mediationActions, type MediationViewer } from './mediation-states';

export const caseNotFound = () => new DomainException(ErrorCode.MediationNotFound, '调解案件不存在');

/** A case opened for one reader: who they are to it, and their grants. */
export interface OpenedCase {
  c: MediationCase;
  viewer: MediationViewer;
  communityPath: string;
  grants: ActiveGrant[];
}

/**
 * Who may read a case, and what they see. A case exists only for its member parties, its mediator (while they
 * still hold the role) and 调解工作室负责人 of its community or street; to anyone else it is not there (404). Every
 * read is audited.
 */
@Injectable()
export class MediationReadsService {
  constructor(
    private readonly cases: MediationRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly photos: PhotosService,
    private readonly cipher: PiiCipher,
  ) {}

  async grants(caller: Caller): Promise<ActiveGrant[]> {
    return caller.grants ?? (await this.access.grantsOf(caller.userId));
  }

  /** The case if the caller may read it (else MEDIATION_NOT_FOUND), read in `manager` when given. */
  async open(caller: Caller, id: string, manager?: EntityManager): Promise<OpenedCase> {
    const c = await this.cases.findCase(id, manager);
    if (!c) throw caseNotFound();
    const grants = await this.grants(caller);
    const { communityPath } = await this.cases.names(c);
    const viewer = this.viewerOf(c, caller.userId, grants, communityPath);
    if (!viewer) throw caseNotFound();
    return { c, viewer, communityPath, grants };
  }

  viewerOf(c: MediationCase, userId: string, grants: ActiveGrant[], communityPath: string): MediationViewer | null {
    if (this.access.allows(grants, Permission.MediationManage, communityPath)) return 'staff';
    if (c.mediatorId === userId && this.access.allows(grants, Permission.MediationMediate, communityPath)) {
      return 'mediator';
    }
    if (c.requesterId === userId) return 'requester';
    if (c.otherMemberId === userId) return 'other_party';
    return null;
  }

  /** The case as the caller may see it; the read is written to the audit log. */
  async view(caller: Caller, id: string, now = new Date()): Promise<MediationCaseView> {
    const { c, viewer } = await this.open(caller, id);
    const [names, sessions, photos] = await Promise.all([
      this.cases.names(c),
      this.cases.findSessions(c.id),
      this.photos.viewsAttachedTo(c.id),
    ]);
    await this.audit.record({
      actorId: caller.userId,
      action: 'mediation.read',
      targetType: 'mediation_case',
      targetId: c.id,
      placeId: c.communityId,
      details: { as: viewer },
    });
    const open = (sealed: string | null) => (sealed ? this.cipher.decrypt(sealed) : null);
    return toCaseView({
      c,
      names,
      viewer,
      sessions,
      photos,
      phones: { requester: open(c.requesterPhoneCipher), other: open(c.otherPhoneCipher) },
      can: mediationActions(
        viewer,
        {
          ...c,
          scheduledSessions: sessions.filter((s) => s.status === 'scheduled').length,
          heldSessions: sessions.filter((s) => s.status === 'held').length,
        },
        now,
      ),
    });
  }

  async list(caller: Caller, query: ListMediationCasesDto): Promise<Page<MediationCaseSummary>> {
    const page = {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
      status: query.status,
      communityId: query.communityId,
    };
    const grants = await this.grants(caller);
    const filter =
      query.view === 'staff'
        ? { view: 'staff' as const, scopes: this.access.scopes(grants, Permission.MediationManage) }
        : { view: query.view, userId: caller.userId };
    if (filter.view === 'staff' && filter.scopes.length === 0) throw forbidden();
    const { rows, total } = await this.cases.list(filter, page);
    return toPage(rows.map(toCaseSummary), total, query);
  }

  /** Members of the community by name, for a member of it (or its mediation staff) picking the other party. */
  async parties(caller: Caller, communityPath: string, q: string): Promise<MediationPartyCandidate[]> {
    const grants = await this.grants(caller);
    if (
      !this.access.belongsTo(grants, communityPath) &&
      !this.access.allows(grants, Permission.MediationManage, communityPath)
    ) {
      throw forbidden();
    }
    return this.cases.findResidents(communityPath, q, caller.userId, 10);
  }

  async mediators(caller: Caller, communityId: string, communityPath: string): Promise<MediatorView[]> {
    this.access.assertAllowed(await this.grants(caller), Permission.MediationManage, communityPath);
    return this.cases.holders(communityId, Role.Mediator);
  }
}
