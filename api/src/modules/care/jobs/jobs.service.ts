import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type JobSeekerSummary,
  type JobSeekerView,
  type JobServiceView,
  type Page,
  PlaceLevel,
} from '@tongxin/types';

import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { PlacesRepository } from '../../places/places.repository';
import { maskName } from '../care.mapper';
import { CareRepository } from '../care.repository';
import { JobSeeker } from './job-seeker.entity';
import { JobService } from './job-service.entity';
import type { CreateJobSeekerDto, JobSeekersQueryDto, RecordJobOutcomeDto, RecordJobServiceDto } from './jobs.dto';
import { JobsRepository } from './jobs.repository';

const notFound = () => new DomainException(ErrorCode.NotFound, '求职登记不存在');

const toServiceView = (s: JobService): JobServiceView => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  provider: s.provider,
  on: s.on,
  outcome: s.outcome,
  outcomeNote: s.outcomeNote,
});

/**
 * 就业帮扶: job seekers' skills and wishes, and the trainings, guidance and referrals staff (or a co-building unit,
 * named as the provider) arrange, each with its outcome; a hire marks the seeker employed. Kept like the register:
 * the grid's workers and 帮扶专干 only, names and phones sealed.
 */
@Injectable()
export class JobsService {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly care: CareRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly cipher: PiiCipher,
  ) {}

  async create(caller: Caller, body: CreateJobSeekerDto): Promise<JobSeekerView> {
    const grid = await this.places.findActiveById(body.gridId);
    if (!grid || grid.level !== PlaceLevel.Grid || !grid.parentId)
      throw new DomainException(ErrorCode.PlaceNotFound, '网格不存在');
    if (body.careRecordId) {
      const record = await this.care.findRecord(body.careRecordId);
      if (!record || record.gridId !== grid.id) {
        throw new DomainException(ErrorCode.ValidationFailed, '台账记录不在该网格', [
          { field: 'careRecordId', problems: ['不在该网格'] },
        ]);
      }
    }
    const row = Object.assign(new JobSeeker(), {
      id: newId(),
      communityId: grid.parentId,
      gridId: grid.id,
      careRecordId: body.careRecordId ?? null,
      nameCipher: this.cipher.encrypt(body.name),
      nameMask: maskName(body.name),
      phoneCipher: body.phone ? this.cipher.encrypt(body.phone) : null,
      skills: body.skills,
      wishes: body.wishes,
      status: 'seeking' as const,
      createdBy: caller.userId,
    });
    await this.jobs.insertSeeker(row);
    return this.view(caller, row.id);
  }

  async view(caller: Caller, id: string): Promise<JobSeekerView> {
    const seeker = await this.readable(caller, id);
    const [services, grid] = await Promise.all([this.jobs.services(id), this.places.findActiveById(seeker.gridId)]);
    return {
      id: seeker.id,
      gridId: seeker.gridId,
      gridName: grid?.name ?? '',
      careRecordId: seeker.careRecordId,
      name: this.cipher.decrypt(seeker.nameCipher),
      phone: seeker.phoneCipher ? this.cipher.decrypt(seeker.phoneCipher) : null,
      skills: seeker.skills,
      wishes: seeker.wishes,
      status: seeker.status,
      services: services.map(toServiceView),
      createdAt: seeker.createdAt.toISOString(),
    };
  }

  async list(caller: Caller, query: JobSeekersQueryDto): Promise<Page<JobSeekerSummary>> {
    const { rows, total } = await this.jobs.list({
      scopes: this.access.scopes(caller.grants ?? [], Permission.CareManage),
      gridId: query.gridId,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map(({ createdAt: _createdAt, ...r }) => r),
      total,
      query,
    );
  }

  async addService(caller: Caller, seekerId: string, body: RecordJobServiceDto): Promise<JobSeekerView> {
    await this.readable(caller, seekerId);
    await this.jobs.insertService(
      Object.assign(new JobService(), {
        id: newId(),
        seekerId,
        kind: body.kind,
        title: body.title,
        provider: body.provider,
        on: body.on,
        outcome: 'pending' as const,
        outcomeNote: null,
        outcomeAt: null,
        recordedBy: caller.userId,
      }),
    );
    return this.view(caller, seekerId);
  }

  /** Records how a service turned out, once. */
  async outcome(caller: Caller, serviceId: string, body: RecordJobOutcomeDto): Promise<JobSeekerView> {
    const service = await this.jobs.findService(serviceId);
    if (!service) throw notFound();
    await this.readable(caller, service.seekerId);
    const done = await this.jobs.transaction((manager) =>
      this.jobs.setOutcome(
        service,
        { outcome: body.outcome, outcomeNote: body.note ?? null, outcomeAt: new Date() },
        manager,
      ),
    );
    if (!done) throw new DomainException(ErrorCode.Conflict, '结果已记录');
    return this.view(caller, service.seekerId);
  }

  private async readable(caller: Caller, id: string): Promise<JobSeeker> {
    const seeker = await this.jobs.findSeeker(id);
    const grid = seeker ? await this.places.findActiveById(seeker.gridId) : null;
    if (!seeker || !grid || !this.access.allows(caller.grants ?? [], Permission.CareManage, grid.path))
      throw notFound();
    return seeker;
  }
}
