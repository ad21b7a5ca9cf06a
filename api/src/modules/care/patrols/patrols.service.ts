import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type Page,
  type PatrolObservationView,
  type PatrolSummary,
  type PatrolView,
  PhotoPurpose,
  PlaceLevel,
  type ReportDetail,
} from '@tongxin/types';

import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { ReportsService } from '../../orders/services/reports.service';
import { PhotosService } from '../../photos/photos.service';
import { PlacesRepository } from '../../places/places.repository';
import { Patrol } from './patrol.entity';
import { PatrolObservation } from './patrol-observation.entity';
import type { ObservationReportDto, PatrolObservationDto, PatrolsQueryDto, StartPatrolDto } from './patrols.dto';
import { PatrolsRepository } from './patrols.repository';

const notFound = () => new DomainException(ErrorCode.NotFound, '巡查记录不存在');
const coarse = (value: number | undefined) => (value === undefined ? null : Math.round(value * 10_000) / 10_000);

/**
 * 日常巡查: a grid worker starts a patrol of their grid, notes what they see (text, photos, where), ends it; any note
 * becomes a report in the grid in one tap (once), filed by the patroller — the report flow does the rest.
 */
@Injectable()
export class PatrolsService {
  constructor(
    private readonly patrols: PatrolsRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly photos: PhotosService,
    private readonly reports: ReportsService,
  ) {}

  async start(caller: Caller, body: StartPatrolDto): Promise<PatrolView> {
    const grid = await this.places.findActiveById(body.gridId);
    if (!grid || grid.level !== PlaceLevel.Grid || !grid.parentId)
      throw new DomainException(ErrorCode.PlaceNotFound, '网格不存在');
    const row = Object.assign(new Patrol(), {
      id: newId(),
      gridId: grid.id,
      communityId: grid.parentId,
      workerId: caller.userId,
      note: body.note ?? null,
      startedAt: new Date(),
      endedAt: null,
    });
    await this.patrols.insert(row);
    return this.view(caller, row.id);
  }

  async observe(caller: Caller, id: string, body: PatrolObservationDto): Promise<PatrolView> {
    const patrol = await this.own(caller, id);
    if (patrol.endedAt) throw new DomainException(ErrorCode.Conflict, '巡查已结束');
    const row = Object.assign(new PatrolObservation(), {
      id: newId(),
      patrolId: id,
      at: new Date(),
      text: body.text,
      lng: coarse(body.lng),
      lat: coarse(body.lat),
      reportId: null,
    });
    await this.patrols.transaction(async (manager) => {
      await this.patrols.insertObservation(row, manager);
      if (body.photoIds?.length) {
        await this.photos.attach(manager, caller.userId, body.photoIds, row.id, PhotoPurpose.PatrolObservation);
      }
    });
    return this.view(caller, id);
  }

  async end(caller: Caller, id: string): Promise<PatrolView> {
    await this.own(caller, id);
    if (!(await this.patrols.end(id, new Date()))) throw new DomainException(ErrorCode.Conflict, '巡查已结束');
    return this.view(caller, id);
  }

  async view(caller: Caller, id: string): Promise<PatrolView> {
    const patrol = await this.readable(caller, id);
    const [names, observations] = await Promise.all([this.patrols.names(patrol), this.patrols.observations(id)]);
    const views: PatrolObservationView[] = [];
    for (const o of observations) {
      views.push({
        id: o.id,
        at: o.at.toISOString(),
        text: o.text,
        photos: await this.photos.viewsAttachedTo(o.id),
        location: o.lng !== null && o.lat !== null ? { lng: o.lng, lat: o.lat } : null,
        reportId: o.reportId === o.id ? null : o.reportId,
      });
    }
    return {
      id: patrol.id,
      gridId: patrol.gridId,
      gridName: names.gridName,
      workerName: names.workerName,
      note: patrol.note,
      startedAt: patrol.startedAt.toISOString(),
      endedAt: patrol.endedAt?.toISOString() ?? null,
      observations: views,
    };
  }

  async list(caller: Caller, query: PatrolsQueryDto): Promise<Page<PatrolSummary>> {
    const { rows, total } = await this.patrols.list({
      scopes: this.access.scopes(caller.grants ?? [], Permission.CareManage),
      gridId: query.gridId,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null })),
      total,
      query,
    );
  }

  /** The observation as a report in the grid, once (a second tap is told it is done). */
  async report(caller: Caller, observationId: string, body: ObservationReportDto): Promise<ReportDetail> {
    const o = await this.patrols.findObservation(observationId);
    if (!o) throw notFound();
    await this.readable(caller, o.patrolId);
    if (!(await this.patrols.claimReport(o.id, null, o.id)))
      throw new DomainException(ErrorCode.Conflict, '已转为上报');
    try {
      const location =
        o.lng !== null && o.lat !== null && !body.buildingId
          ? { lng: o.lng, lat: o.lat }
          : { ...(body.buildingId ? { buildingId: body.buildingId } : {}) };
      const filed = await this.reports.file(caller, {
        categoryId: body.categoryId,
        text: o.text,
        photoIds: [],
        location,
      });
      await this.patrols.claimReport(o.id, o.id, filed.id);
      return filed;
    } catch (error) {
      await this.patrols.claimReport(o.id, o.id, null);
      throw error;
    }
  }

  /** A patrol of a grid the caller keeps (care.manage there); others do not see it. */
  private async readable(caller: Caller, id: string): Promise<Patrol> {
    const patrol = await this.patrols.find(id);
    const grid = patrol ? await this.places.findActiveById(patrol.gridId) : null;
    if (!patrol || !grid || !this.access.allows(caller.grants ?? [], Permission.CareManage, grid.path))
      throw notFound();
    return patrol;
  }

  /** Only the patroller adds to or ends their patrol. */
  private async own(caller: Caller, id: string): Promise<Patrol> {
    const patrol = await this.readable(caller, id);
    if (patrol.workerId !== caller.userId) throw notFound();
    return patrol;
  }
}
