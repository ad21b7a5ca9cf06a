import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type ImportApplyResponse,
  ImportKind,
  type ImportReport,
  ImportStatus,
  type ImportSummary,
  type Page,
  PlaceLevel,
} from '@tongxin/types';
import type { FastifyRequest } from 'fastify';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AuditService } from '../../audit/audit.service';
import { placeNotFound } from '../../places/place-errors';
import { PlacesRepository } from '../../places/places.repository';
import type { ListImportsQueryDto } from '../dto/imports.dto';
import { ImportRun } from '../entities/import-run.entity';
import { toImportSummary } from '../imports.mapper';
import type { PlaceNode } from '../kinds/place-index';
import type { ImportTally } from '../kinds/tally';
import { templateFileName, templateXlsx } from '../kinds/templates';
import { ImportRunsRepository } from '../repositories/import-runs.repository';
import { ImportStateRepository } from '../repositories/import-state.repository';
import { readTable, type SheetTable } from '../workbook/workbook';
import { readWorkbookUpload, type WorkbookUpload } from '../workbook/workbook-upload.reader';
import { ImportPlannerService, KIND_SPECS } from './import-planner.service';
import { ImportWriterService } from './import-writer.service';

/** Thrown inside the apply's transaction when the plan has bad rows, so nothing it wrote is kept. */
class RowsRejected extends Error {
  constructor(readonly report: ImportReport) {
    super('import rows rejected');
  }
}

/** Unique-key races (a member logging in, a request for a home) make the apply start over, at most this often. */
const APPLY_ATTEMPTS = 3;

interface Prepared {
  scope: PlaceNode;
  upload: WorkbookUpload;
  table: SheetTable;
  fileHash: string;
}

/**
 * 导入: a 台账 workbook into a street or a community the caller administers. A dry run reports what the file would
 * do and every bad row; an apply writes all of it in one transaction or nothing (422 with the report), and is
 * stored and audited either way. Rows are matched on natural keys, so importing the same file again changes nothing.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly planner: ImportPlannerService,
    private readonly writer: ImportWriterService,
    private readonly runs: ImportRunsRepository,
    private readonly state: ImportStateRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async template(kind: ImportKind): Promise<{ data: Buffer; fileName: string }> {
    const spec = KIND_SPECS[kind];
    return { data: await templateXlsx(spec), fileName: templateFileName(spec) };
  }

  async dryRun(caller: Caller, kind: ImportKind, scopeId: string, request: FastifyRequest): Promise<ImportReport> {
    const prepared = await this.prepare(kind, scopeId, () => readWorkbookUpload(request));
    const { tally } = await this.planner.plan(this.planRequest(caller, kind, prepared));
    return this.report(tally, kind, prepared);
  }

  async apply(
    caller: Caller,
    kind: ImportKind,
    scopeId: string,
    request: FastifyRequest,
  ): Promise<ImportApplyResponse> {
    return this.applyWorkbook(caller, { kind, scopeId, upload: () => readWorkbookUpload(request) });
  }

  /** An apply of a workbook already in hand (the demo's 台账), or read from the request when it is asked for. */
  async applyWorkbook(
    caller: Caller,
    { kind, scopeId, upload }: { kind: ImportKind; scopeId: string; upload: () => Promise<WorkbookUpload> },
  ): Promise<ImportApplyResponse> {
    const prepared = await this.prepare(kind, scopeId, upload);
    const importId = newId();
    let report: ImportReport;
    try {
      report = await this.applyOnce(caller, kind, prepared, importId);
    } catch (error) {
      if (!(error instanceof RowsRejected)) throw error;
      await this.runs.insert(this.run({ id: importId, caller, kind, prepared, report: error.report, rejected: true }));
      throw new DomainException(
        ErrorCode.ImportRowsInvalid,
        `有 ${error.report.errorCount} 处问题，未导入任何数据，请修改后重试`,
        error.report,
      );
    }
    const stored = await this.runs.findById(importId);
    return { import: toImportSummary(stored!), report };
  }

  async list(caller: Caller, query: ListImportsQueryDto): Promise<Page<ImportSummary>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.ImportManage);
    const { rows, total } = await this.runs.findWithin({
      scopes,
      kind: query.kind,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toImportSummary), total, query);
  }

  async get(id: string): Promise<ImportSummary> {
    const row = await this.runs.findById(id);
    if (!row) throw new DomainException(ErrorCode.NotFound, '记录不存在');
    return toImportSummary(row);
  }

  /** The plan and the writes in one transaction, after locking the scope; started over on a unique-key race. */
  private async applyOnce(caller: Caller, kind: ImportKind, prepared: Prepared, importId: string) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.places.transaction(async (manager) => {
          if (kind === ImportKind.Places) await this.state.lockParentsWithin(prepared.scope.path, manager);
          else if (!(await this.places.lockActive(prepared.scope.id, manager))) throw placeNotFound();
          const { tally, plan } = await this.planner.plan(this.planRequest(caller, kind, prepared), manager);
          const report = this.report(tally, kind, prepared);
          if (tally.hasErrors()) throw new RowsRejected(report);
          // The run first: claims read who vouched for a home from it.
          await this.runs.insert(this.run({ id: importId, caller, kind, prepared, report, rejected: false }), manager);
          await this.writer.write(plan, { importId, callerId: caller.userId }, manager);
          await this.audit.record(
            {
              actorId: caller.userId,
              action: 'import.apply',
              targetType: 'import',
              targetId: importId,
              placeId: prepared.scope.id,
              details: { kind, fileHash: prepared.fileHash, rows: report.rows, counts: report.counts },
            },
            manager,
          );
          return report;
        });
      } catch (error) {
        if (attempt >= APPLY_ATTEMPTS || !isUniqueViolation(error)) {
          if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '数据刚被修改，请重新试导入');
          throw error;
        }
      }
    }
  }

  /** The scope (a street or a community: the guard has checked the caller administers it), then the workbook. */
  private async prepare(kind: ImportKind, scopeId: string, read: () => Promise<WorkbookUpload>): Promise<Prepared> {
    const place = await this.places.findActiveById(scopeId);
    if (!place) throw placeNotFound();
    if (place.level !== PlaceLevel.Street && place.level !== PlaceLevel.Community) {
      throw new DomainException(ErrorCode.ValidationFailed, '只能导入到街道或社区', [
        { field: 'scopeId', problems: ['请选择街道或社区'] },
      ]);
    }
    const upload = await read();
    const table = await readTable(upload.data, KIND_SPECS[kind].headerColumns);
    const fileHash = createHash('sha256').update(upload.data).digest('hex');
    const scope: PlaceNode = {
      id: place.id,
      level: place.level,
      name: place.name,
      parentId: place.parentId,
      path: place.path,
      unitCount: place.unitCount,
      lng: place.lng,
      lat: place.lat,
    };
    return { scope, upload, table, fileHash };
  }

  private planRequest(caller: Caller, kind: ImportKind, prepared: Prepared) {
    return {
      kind,
      scope: prepared.scope,
      table: prepared.table,
      callerId: caller.userId,
      callerGrants: caller.grants ?? [],
    };
  }

  private report(tally: ImportTally, kind: ImportKind, prepared: Prepared): ImportReport {
    return tally.report({
      kind,
      scopeId: prepared.scope.id,
      scopeName: prepared.scope.name,
      fileHash: prepared.fileHash,
      rows: prepared.table.rows.length,
    });
  }

  private run({
    id,
    caller,
    kind,
    prepared,
    report,
    rejected,
  }: {
    id: string;
    caller: Caller;
    kind: ImportKind;
    prepared: Prepared;
    report: ImportReport;
    rejected: boolean;
  }): ImportRun {
    return Object.assign(new ImportRun(), {
      id,
      kind,
      status: rejected ? ImportStatus.Rejected : ImportStatus.Applied,
      scopeId: prepared.scope.id,
      actorId: caller.userId,
      fileName: prepared.upload.fileName,
      fileHash: prepared.fileHash,
      rowCount: report.rows,
      createdCount: report.counts.create,
      changedCount: report.counts.change,
      unchangedCount: report.counts.unchanged,
      errorCount: report.errorCount,
      breakdown: report.breakdown,
    });
  }
}
