import { Injectable } from '@nestjs/common';
import {
  type CareCategoryView,
  type CareRecordSummary,
  type CareRecordView,
  DEFAULT_CARE_CATEGORIES,
  ErrorCode,
  type Page,
  PlaceLevel,
  Role,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { newId, stableId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { chinaDate as chinaDay } from '../../infra/time/china-time';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { PhotosService } from '../photos/photos.service';
import { PlacesRepository } from '../places/places.repository';
import { maskName, overdueDays, toCareSummary, toCareView, toCategoryView, toVisitView } from './care.mapper';
import { CareRepository } from './care.repository';
import { careWorkbook } from './care-export';
import type {
  CreateCareCategoryDto,
  CreateCareRecordDto,
  ListCareRecordsDto,
  UpdateCareRecordDto,
} from './dto/care.dto';
import { CareCategory } from './entities/care-category.entity';
import { CareRecord } from './entities/care-record.entity';
import { CareRecordChange } from './entities/care-record-change.entity';

const DAY_MS = 86_400_000;
/** Sealed fields: their changes are recorded by name only. */
const SEALED = new Set(['personName', 'phone', 'needs', 'situation']);

/** The fields a request set (a DTO instance also carries the ones it left out, as undefined). */
const given = (body: object) =>
  Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

export const careNotFound = () => new DomainException(ErrorCode.CareRecordNotFound, '台账记录不存在');

/** When the next visit is due after `from`, and when it counts as long overdue (one more interval). */
export function visitSchedule(from: Date, visitDays: number): { nextVisitDueAt: Date; escalateAt: Date } {
  return {
    nextVisitDueAt: new Date(from.getTime() + visitDays * DAY_MS),
    escalateAt: new Date(from.getTime() + 2 * visitDays * DAY_MS),
  };
}

/**
 * The 帮扶台账: a grid's workers and the community's 帮扶专干 keep it (`care.manage`); nobody else reads it. Names,
 * phones, needs and situations are sealed at rest; every read and change is audited, and each change is in the
 * record's history by field name.
 */
@Injectable()
export class CareService {
  constructor(
    private readonly care: CareRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly photos: PhotosService,
  ) {}

  /** The community's categories (the defaults are made the first time they are asked for). */
  async categories(caller: Caller, communityId: string): Promise<CareCategoryView[]> {
    const community = await this.community(communityId);
    const scopes = this.access.scopes(caller.grants ?? [], Permission.CareManage);
    if (!scopes.some((s) => s.startsWith(community.path) || community.path.startsWith(s))) throw forbidden();
    return (await this.ensureCategories(communityId)).map(toCategoryView);
  }

  async addCategory(body: CreateCareCategoryDto): Promise<CareCategoryView> {
    await this.community(body.communityId);
    await this.ensureCategories(body.communityId);
    const row = Object.assign(new CareCategory(), {
      id: newId(),
      communityId: body.communityId,
      key: null,
      name: body.name,
      visitDays: body.visitDays,
    });
    try {
      await this.care.insertCategory(row);
    } catch {
      throw new DomainException(ErrorCode.Conflict, '已有同名分类');
    }
    return toCategoryView(row);
  }

  async create(caller: Caller, body: CreateCareRecordDto, now = new Date()): Promise<CareRecordView> {
    const grid = await this.places.findActiveById(body.gridId);
    if (!grid || grid.level !== PlaceLevel.Grid || !grid.parentId)
      throw new DomainException(ErrorCode.PlaceNotFound, '网格不存在');
    const categories = await this.categoriesOf(grid.parentId, body.categoryIds);
    await this.checkBuilding(body.buildingId, grid.path);
    const workers = await this.care.holders(grid.id, Role.GridWorker);
    const visitDays = Math.min(...categories.map((c) => c.visitDays));
    const row = Object.assign(new CareRecord(), {
      id: newId(),
      communityId: grid.parentId,
      gridId: grid.id,
      buildingId: body.buildingId ?? null,
      household: body.household,
      personNameCipher: this.cipher.encrypt(body.personName),
      personNameMask: maskName(body.personName),
      phoneCipher: body.phone ? this.cipher.encrypt(body.phone) : null,
      memberId: body.memberId ?? null,
      categoryIds: body.categoryIds,
      needsCipher: this.cipher.encrypt(body.needs),
      situationCipher: body.situation ? this.cipher.encrypt(body.situation) : null,
      responsibleId: workers.includes(caller.userId) ? caller.userId : (workers[0] ?? caller.userId),
      helperMemberId: body.helper?.memberId ?? null,
      helperName: body.helper?.memberId ? null : (body.helper?.name ?? null),
      reviewOn: body.reviewOn ?? null,
      consentBy: body.consentBy,
      consentOn: body.consentOn,
      safetyCheck: Boolean(body.safetyCheck && body.memberId),
      lastSafeDay: body.safetyCheck && body.memberId ? chinaDay(now) : null,
      safetyStage: 0,
      status: 'active' as const,
      visitDays,
      ...visitSchedule(now, visitDays),
      overdueToldAt: null,
      createdBy: caller.userId,
    });
    await this.care.transaction(async (manager) => {
      await this.care.insertRecord(row, manager);
      await this.history(caller, row, 'created', given(body), manager);
    });
    return this.view(caller, row.id, now);
  }

  async update(caller: Caller, id: string, body: UpdateCareRecordDto, now = new Date()): Promise<CareRecordView> {
    const r = await this.require(id);
    if (r.status !== 'active') throw new DomainException(ErrorCode.Conflict, '记录已结案');
    const set: Partial<CareRecord> = {};
    if (body.categoryIds) {
      const categories = await this.categoriesOf(r.communityId, body.categoryIds);
      set.categoryIds = body.categoryIds;
      set.visitDays = Math.min(...categories.map((c) => c.visitDays));
      Object.assign(set, visitSchedule(r.lastVisitAt ?? r.createdAt, set.visitDays));
    }
    if (body.buildingId) {
      const grid = await this.places.findActiveById(r.gridId);
      await this.checkBuilding(body.buildingId, grid?.path ?? '');
      set.buildingId = body.buildingId;
    }
    if (body.household) set.household = body.household;
    if (body.personName) {
      set.personNameCipher = this.cipher.encrypt(body.personName);
      set.personNameMask = maskName(body.personName);
    }
    if (body.phone) set.phoneCipher = this.cipher.encrypt(body.phone);
    if (body.memberId) set.memberId = body.memberId;
    if (body.needs) set.needsCipher = this.cipher.encrypt(body.needs);
    if (body.situation) set.situationCipher = this.cipher.encrypt(body.situation);
    if (body.helper) {
      set.helperMemberId = body.helper.memberId ?? null;
      set.helperName = body.helper.memberId ? null : (body.helper.name ?? null);
    }
    if (body.reviewOn) set.reviewOn = body.reviewOn;
    if (body.safetyCheck !== undefined) {
      const member = body.memberId ?? r.memberId;
      set.safetyCheck = body.safetyCheck && member !== null;
      if (set.safetyCheck && !r.safetyCheck) Object.assign(set, { lastSafeDay: chinaDay(now), safetyStage: 0 });
    }
    await this.care.transaction(async (manager) => {
      if (Object.keys(set).length) await this.care.updateRecord(id, set, manager);
      await this.history(caller, r, 'updated', given(body), manager);
    });
    return this.view(caller, id, now);
  }

  async close(caller: Caller, id: string, reason: string): Promise<CareRecordView> {
    const r = await this.require(id);
    await this.care.transaction(async (manager) => {
      const closed = await this.care.close(
        id,
        { status: 'closed', closedReason: reason, closedAt: new Date(), safetyCheck: false, escalateAt: null },
        manager,
      );
      if (!closed) throw new DomainException(ErrorCode.Conflict, '记录已结案');
      await this.history(caller, r, 'closed', ['status'], manager);
    });
    return this.view(caller, id);
  }

  /** The whole record; the read is audited. */
  async view(caller: Caller, id: string, now = new Date()): Promise<CareRecordView> {
    const r = await this.require(id);
    const [categories, visits, changes, grid, building, responsible, helper] = await Promise.all([
      this.care.categoriesByIds(r.categoryIds),
      this.care.visits(r.id),
      this.care.changes(r.id),
      this.places.findActiveById(r.gridId),
      r.buildingId ? this.places.findActiveById(r.buildingId) : Promise.resolve(null),
      this.care.nickname(r.responsibleId),
      this.care.nickname(r.helperMemberId),
    ]);
    await this.audit.record({
      actorId: caller.userId,
      action: 'care.read',
      targetType: 'care_record',
      targetId: r.id,
      placeId: r.gridId,
    });
    const open = (sealed: string | null) => (sealed ? this.cipher.decrypt(sealed) : null);
    const visitViews = [];
    for (const v of visits) {
      visitViews.push(
        toVisitView(
          { ...v, visitedAt: new Date(String(v.visitedAt)), findings: open(v.findingsCipher) ?? '' },
          await this.photos.viewsAttachedTo(v.id),
        ),
      );
    }
    return toCareView({
      r,
      open,
      names: {
        gridName: grid?.name ?? '',
        buildingName: building?.name ?? null,
        responsibleName: responsible,
        helperName: helper,
      },
      categories,
      visits: visitViews,
      history: changes.map((c) => ({
        at: new Date(String(c.at)).toISOString(),
        actorName: c.actorName,
        fields: typeof c.fields === 'string' ? (JSON.parse(c.fields) as string[]) : (c.fields as string[]),
        action: c.action,
      })),
      now,
    });
  }

  async list(caller: Caller, query: ListCareRecordsDto, now = new Date()): Promise<Page<CareRecordSummary>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.CareManage);
    const { rows, total } = await this.care.list({
      scopes,
      gridId: query.gridId,
      communityId: query.communityId,
      status: query.status ?? 'active',
      dueBefore: query.due ? now : undefined,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const categories = await this.care.categoriesByIds([...new Set(rows.flatMap((r) => r.categoryIds))]);
    const names = new Map(categories.map((c) => [c.id, c.name]));
    return toPage(
      rows.map((r) => toCareSummary(r, names, now)),
      total,
      query,
    );
  }

  /**
   * The community's register as XLSX: whole for holders of care.manage (their grids, or the community for 帮扶专干),
   * without the sensitive fields for staff who only read the community's figures; anyone else is refused.
   */
  async export(caller: Caller, communityId: string, now = new Date()): Promise<Buffer> {
    const community = await this.community(communityId);
    const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
    const careScopes = this.access
      .scopes(grants, Permission.CareManage)
      .filter((s) => s.startsWith(community.path) || community.path.startsWith(s));
    const full = careScopes.length > 0;
    if (!full && !this.access.allows(grants, Permission.FiguresRead, community.path)) throw forbidden();
    const records = await this.care.forExport(full ? careScopes : [community.path], communityId);
    const categories = await this.care.categories(communityId);
    const names = new Map(categories.map((c) => [c.id, c.name]));
    const grids = new Map<string, string>();
    for (const id of new Set(records.map((r) => r.gridId)))
      grids.set(id, (await this.places.findActiveById(id))?.name ?? '');
    const open = (sealed: string | null) => (full && sealed ? this.cipher.decrypt(sealed) : null);
    await this.audit.record({
      actorId: caller.userId,
      action: 'care.read',
      targetType: 'care_record',
      targetId: communityId,
      placeId: communityId,
      details: { export: true, full, rows: records.length },
    });
    return careWorkbook(
      records.map((r) => ({
        grid: grids.get(r.gridId) ?? '',
        household: r.household,
        categories: r.categoryIds
          .map((id) => names.get(id) ?? '')
          .filter(Boolean)
          .join('、'),
        nextVisitDue: r.nextVisitDueAt ? chinaDay(r.nextVisitDueAt) : null,
        overdueDays: overdueDays(r.nextVisitDueAt, now),
        status: r.status === 'active' ? '在册' : '已结案',
        safetyCheck: r.safetyCheck,
        name: full ? open(r.personNameCipher) : null,
        phone: open(r.phoneCipher),
        needs: open(r.needsCipher),
        situation: open(r.situationCipher),
        consent: full ? `${r.consentBy === 'self' ? '本人' : '监护人'} ${r.consentOn}` : null,
      })),
      full,
    );
  }

  async require(id: string): Promise<CareRecord> {
    const r = await this.care.findRecord(id);
    if (!r) throw careNotFound();
    return r;
  }

  private async ensureCategories(communityId: string): Promise<CareCategory[]> {
    await this.care.ensureCategories(
      DEFAULT_CARE_CATEGORIES.map((d) =>
        Object.assign(new CareCategory(), {
          id: stableId(`care-category:${communityId}:${d.key}`),
          communityId,
          key: d.key,
          name: d.name,
          visitDays: d.visitDays,
        }),
      ),
    );
    return this.care.categories(communityId);
  }

  private async categoriesOf(communityId: string, ids: string[]): Promise<CareCategory[]> {
    await this.ensureCategories(communityId);
    const found = (await this.care.categoriesByIds(ids)).filter((c) => c.communityId === communityId);
    if (found.length !== ids.length) {
      throw new DomainException(ErrorCode.ValidationFailed, '帮扶分类不属于该社区', [
        { field: 'categoryIds', problems: ['分类不属于该社区'] },
      ]);
    }
    return found;
  }

  private async checkBuilding(buildingId: string | undefined, gridPath: string): Promise<void> {
    if (!buildingId) return;
    const building = await this.places.findActiveById(buildingId);
    if (!building || building.level !== PlaceLevel.Building || !building.path.startsWith(gridPath)) {
      throw new DomainException(ErrorCode.ValidationFailed, '楼栋不在该网格', [
        { field: 'buildingId', problems: ['不在该网格'] },
      ]);
    }
  }

  private async community(id: string) {
    const community = await this.places.findActiveById(id);
    if (!community || community.level !== PlaceLevel.Community) {
      throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    }
    return community;
  }

  private async history(
    caller: Caller,
    r: CareRecord,
    action: CareRecordChange['action'],
    fields: string[],
    manager: EntityManager,
  ): Promise<void> {
    await this.care.insertChange(
      Object.assign(new CareRecordChange(), {
        id: newId(),
        recordId: r.id,
        actorId: caller.userId,
        action,
        fields,
        createdAt: new Date(),
      }),
      manager,
    );
    await this.audit.record(
      {
        actorId: caller.userId,
        action: action === 'created' ? 'care.create' : action === 'closed' ? 'care.close' : 'care.update',
        targetType: 'care_record',
        targetId: r.id,
        placeId: r.gridId,
        details: { fields: fields.map((f) => (SEALED.has(f) ? `${f}(sealed)` : f)) },
      },
      manager,
    );
  }
}
