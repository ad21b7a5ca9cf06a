import { Injectable } from '@nestjs/common';
import { type ConsentStatus, type ConsentView, ErrorCode, LEGAL_VERSIONS, type Page } from '@tongxin/types';

import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../users/users.repository';
import { Consent } from './consent.entity';
import { toConsentStatus, toConsentView } from './consents.mapper';
import { ConsentsRepository } from './consents.repository';
import type { AcceptConsentsDto } from './dto/accept-consents.dto';

/** Agreements to the 隐私政策 and 用户协议: recorded with version, time and client; each member sees only their own. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly consents: ConsentsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async status(memberId: string): Promise<ConsentStatus> {
    return toConsentStatus(await this.consents.findLatestVersions(memberId));
  }

  async mine(memberId: string, query: PageQueryDto): Promise<Page<ConsentView>> {
    const { rows, total } = await this.consents.findForMember({
      memberId,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toConsentView), total, query);
  }

  /** Only the versions in force can be agreed to: a client showing an older text is told to show the new one. */
  async accept(memberId: string, body: AcceptConsentsDto): Promise<ConsentStatus> {
    const stale = body.documents.filter((d) => d.version !== LEGAL_VERSIONS[d.document]);
    if (stale.length > 0) {
      throw new DomainException(ErrorCode.ConsentVersionStale, '协议已更新，请阅读最新版本后再同意', {
        current: LEGAL_VERSIONS,
      });
    }
    const member = await this.users.findActiveById(memberId);
    if (!member) throw new DomainException(ErrorCode.Unauthenticated, '账号不存在或已注销');
    const acceptedAt = new Date();
    await this.consents.transaction(async (manager) => {
      for (const { document, version } of body.documents) {
        const consent = Object.assign(new Consent(), {
          id: newId(),
          memberId,
          document,
          version,
          acceptedAt,
          client: body.client,
        });
        if (!(await this.consents.insertUnlessAgreed(consent, manager))) continue;
        // No staff acts here: the entry is the member's own, on their home's place (none before a verified home).
        await this.audit.record(
          {
            actorId: memberId,
            action: 'consent.accept',
            targetType: 'consent',
            targetId: consent.id,
            placeId: member.homePlaceId ?? '',
            details: { document, version, client: body.client },
          },
          manager,
        );
      }
    });
    return this.status(memberId);
  }
}
