import { Injectable } from '@nestjs/common';
import { type CareVisitView, ErrorCode, PhotoPurpose, type ReportDetail } from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { ReportsService } from '../orders/services/reports.service';
import { PhotosService } from '../photos/photos.service';
import { PlacesRepository } from '../places/places.repository';
import { toVisitView } from './care.mapper';
import { CareRepository } from './care.repository';
import { careNotFound, CareService, visitSchedule } from './care.service';
import type { CareFollowUpDto, LogCareVisitDto } from './dto/care.dto';
import { CareVisit } from './entities/care-visit.entity';

/** Rounds a position to about 100 m: where the visit was, not where the household lives to the metre. */
const coarse = (value: number | undefined) => (value === undefined ? null : Math.round(value * 1000) / 1000);

/**
 * 入户走访: logged in a few taps; it moves the household's next visit on and clears a long-overdue notice. A
 * follow-up becomes a need (帮办代办) in the household's grid in one more tap, filed by the visitor.
 */
@Injectable()
export class CareVisitsService {
  constructor(
    private readonly care: CareRepository,
    private readonly records: CareService,
    private readonly reports: ReportsService,
    private readonly photos: PhotosService,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly cipher: PiiCipher,
  ) {}

  async log(caller: Caller, recordId: string, body: LogCareVisitDto): Promise<CareVisitView> {
    const r = await this.records.require(recordId);
    if (r.status !== 'active') throw new DomainException(ErrorCode.Conflict, '记录已结案');
    const visitedAt = body.visitedAt ? new Date(body.visitedAt) : new Date();
    if (visitedAt.getTime() > Date.now() + 5 * 60_000) {
      throw new DomainException(ErrorCode.ValidationFailed, '走访时间不能晚于现在', [
        { field: 'visitedAt', problems: ['不能晚于现在'] },
      ]);
    }
    const visit = Object.assign(new CareVisit(), {
      id: newId(),
      recordId,
      visitorId: caller.userId,
      visitedAt,
      findingsCipher: this.cipher.encrypt(body.findings),
      lng: coarse(body.lng),
      lat: coarse(body.lat),
      followUpReportId: null,
    });
    await this.care.transaction(async (manager) => {
      await this.care.insertVisit(visit, manager);
      if (body.photoIds?.length) {
        await this.photos.attach(manager, caller.userId, body.photoIds, visit.id, PhotoPurpose.CareVisit);
      }
      // A visit older than the last one recorded does not move the schedule back.
      if (!r.lastVisitAt || r.lastVisitAt.getTime() < visitedAt.getTime()) {
        await this.care.updateRecord(
          recordId,
          { lastVisitAt: visitedAt, overdueToldAt: null, ...visitSchedule(visitedAt, r.visitDays) },
          manager,
        );
      }
    });
    return toVisitView(
      { ...visit, visitorName: null, findings: body.findings },
      await this.photos.viewsAttachedTo(visit.id),
    );
  }

  /** The visit's follow-up as a need in the household's grid (its building), once. */
  async followUp(caller: Caller, visitId: string, body: CareFollowUpDto): Promise<ReportDetail> {
    const visit = await this.care.findVisit(visitId);
    if (!visit) throw careNotFound();
    const r = await this.records.require(visit.recordId);
    const grid = await this.places.findActiveById(r.gridId);
    if (!grid || !this.access.allows(caller.grants ?? [], Permission.CareManage, grid.path)) throw careNotFound();
    if (visit.followUpReportId) throw new DomainException(ErrorCode.Conflict, '该走访已转为需求');
    if (!r.buildingId) {
      throw new DomainException(ErrorCode.ValidationFailed, '请先在台账中填写楼栋', [
        { field: 'buildingId', problems: ['台账缺少楼栋'] },
      ]);
    }
    // Claimed first (the visit's own id as a marker), so two taps file one need.
    const claimed = await this.care.transaction((manager) => this.care.setFollowUp(visitId, visitId, manager));
    if (!claimed) throw new DomainException(ErrorCode.Conflict, '该走访已转为需求');
    try {
      const filed = await this.reports.file(caller, {
        categoryId: body.categoryId,
        text: body.text,
        photoIds: [],
        location: { buildingId: r.buildingId, detail: r.household },
      });
      await this.care.transaction((manager) => this.care.replaceFollowUp(visitId, visitId, filed.id, manager));
      return filed;
    } catch (error) {
      await this.care.transaction((manager) => this.care.replaceFollowUp(visitId, visitId, null, manager));
      throw error;
    }
  }
}
