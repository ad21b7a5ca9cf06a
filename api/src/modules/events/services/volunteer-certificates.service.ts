import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type IssueVolunteerCertificateRequest,
  type ListVolunteerCertificatesQuery,
  type Page,
  type VolunteerCertificateView,
} from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { CHINA_OFFSET_MS, chinaWallClock } from '../../../infra/time/china-time';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AuditService } from '../../audit/audit.service';
import type { Place } from '../../places/place.entity';
import { PlacesRepository } from '../../places/places.repository';
import { UsersRepository } from '../../users/users.repository';
import { VolunteerCertificatesRepository } from '../repositories/volunteer-certificates.repository';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours.repository';
import { VolunteerCertificate } from '../volunteer-certificate.entity';
import { certificateDocument } from '../volunteer-certificate-document';
import { maskIdNumber, toCertificateView } from '../volunteer-hours.mapper';

const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** One certificate lists at most this many services (printable on a few pages, and within its column's size). */
const MAX_ITEMS = 150;

/** ZYFW-20260305-7K3Q9X: the China date of issue and six characters nobody mistakes for another. */
function recordNumber(at: Date): string {
  const day = chinaWallClock(at).toISOString().slice(0, 10).replace(/-/g, '');
  const tail = Array.from({ length: 6 }, () => NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)]).join('');
  return `ZYFW-${day}-${tail}`;
}

/** The start of a China date (YYYY-MM-DD) as an instant; `next` gives the start of the day after. */
function chinaDayStart(date: string, next = false): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00.000Z`);
  return new Date(utcMidnight - CHINA_OFFSET_MS + (next ? 86_400_000 : 0));
}

/**
 * 志愿服务记录证明: staff of the member's community issue it from the hours recorded at that community's (and its
 * street's) volunteer events. What it says is kept as issued, with the ID number masked before it is stored; the
 * issuance is audited (personal data), and only its volunteer and staff of its community may read it.
 */
@Injectable()
export class VolunteerCertificatesService {
  constructor(
    private readonly certificates: VolunteerCertificatesRepository,
    private readonly hours: VolunteerHoursRepository,
    private readonly users: UsersRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async issue(caller: Caller, body: IssueVolunteerCertificateRequest): Promise<VolunteerCertificateView> {
    if (body.memberId === caller.userId) {
      throw new DomainException(ErrorCode.SelfAward, '不能给自己出具志愿服务证明，请由其他工作人员出具');
    }
    if (body.from && body.to && body.from > body.to) {
      throw new DomainException(ErrorCode.ValidationFailed, '起止日期不正确', [
        { field: 'to', problems: ['不能早于开始日期'] },
      ]);
    }
    const { community, street } = await this.communityOf(body.memberId);
    const rows = await this.hours.findForCertificate(
      {
        memberId: body.memberId,
        pathPrefix: community.path,
        ancestorIds: street ? [street.id] : [],
        from: body.from ? chinaDayStart(body.from) : null,
        until: body.to ? chinaDayStart(body.to, true) : null,
      },
      MAX_ITEMS + 1,
    );
    if (rows.length === 0) {
      throw new DomainException(ErrorCode.NoVolunteerHours, '这段时间没有可证明的志愿服务时长');
    }
    if (rows.length > MAX_ITEMS) {
      throw new DomainException(ErrorCode.ValidationFailed, `记录超过 ${MAX_ITEMS} 条，请分段出具（缩短记录期间）`, [
        { field: 'to', problems: [`一份证明最多列 ${MAX_ITEMS} 条服务记录`] },
      ]);
    }
    const issuer = await this.users.findActiveById(caller.userId);
    const issuedAt = new Date();
    const certificate = Object.assign(new VolunteerCertificate(), {
      id: newId(),
      memberId: body.memberId,
      communityId: community.id,
      volunteerName: body.volunteerName.trim(),
      idNumberMasked: body.idNumber ? maskIdNumber(body.idNumber) : null,
      issuingOrganisation: `${street?.name ?? ''}${community.name}`,
      items: rows.map((row) => ({
        eventId: row.eventId,
        eventTitle: row.eventTitle,
        date: row.startsAt.toISOString(),
        venue: row.venue,
        organizer: row.placeName,
        minutes: row.minutes,
      })),
      totalMinutes: rows.reduce((sum, row) => sum + row.minutes, 0),
      periodFrom: body.from ?? null,
      periodTo: body.to ?? null,
      issuedBy: caller.userId,
      issuedByName: issuer?.nickname ?? '',
      issuedAt,
      contact: body.contact.trim(),
    });
    for (let attempt = 1; ; attempt += 1) {
      certificate.recordNumber = recordNumber(issuedAt);
      try {
        await this.certificates.transaction(async (manager) => {
          await this.certificates.insert(certificate, manager);
          await this.audit.record(
            {
              actorId: caller.userId,
              action: 'volunteer.certificate.issue',
              targetType: 'volunteer_certificate',
              targetId: certificate.id,
              placeId: community.id,
              details: {
                memberId: body.memberId,
                recordNumber: certificate.recordNumber,
                totalMinutes: certificate.totalMinutes,
                items: certificate.items.length,
              },
            },
            manager,
          );
        });
        return toCertificateView(certificate);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /** A community's certificates (its staff), newest first. */
  async list(query: ListVolunteerCertificatesQuery & PageQueryDto): Promise<Page<VolunteerCertificateView>> {
    const { rows, total } = await this.certificates.findPage(
      { communityId: query.communityId, memberId: query.memberId },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return toPage(rows.map(toCertificateView), total, query);
  }

  async mine(caller: Caller, query: PageQueryDto): Promise<Page<VolunteerCertificateView>> {
    const { rows, total } = await this.certificates.findPage(
      { memberId: caller.userId },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return toPage(rows.map(toCertificateView), total, query);
  }

  /** Its volunteer, or staff of the issuing community; anyone else is told there is no such certificate. */
  async view(caller: Caller, id: string): Promise<VolunteerCertificateView> {
    const certificate = await this.certificates.findById(id);
    if (!certificate || !(await this.mayRead(caller, certificate))) {
      throw new DomainException(ErrorCode.NotFound, '证明不存在');
    }
    return toCertificateView(certificate);
  }

  /** The printable page. */
  async document(caller: Caller, id: string): Promise<string> {
    return certificateDocument(await this.view(caller, id));
  }

  private async mayRead(caller: Caller, certificate: VolunteerCertificate): Promise<boolean> {
    if (certificate.memberId === caller.userId) return true;
    const community = await this.places.findActiveById(certificate.communityId);
    if (!community) return false;
    return this.access.allows(await this.access.grantsOf(caller.userId), Permission.VolunteerCertify, community.path);
  }

  /** The member's home community (and its street): the one that issues their certificate. */
  private async communityOf(memberId: string): Promise<{ community: Place; street: Place | null }> {
    const member = await this.users.findActiveById(memberId);
    const home = member?.homePlaceId ? await this.places.findActiveById(member.homePlaceId) : null;
    const [streetId, communityId] = home?.path.split('/') ?? [];
    const community = communityId ? await this.places.findActiveById(communityId) : null;
    if (!community) throw new DomainException(ErrorCode.NotFound, '该居民没有认证的住址，无法出具证明');
    return { community, street: streetId ? await this.places.findActiveById(streetId) : null };
  }
}
