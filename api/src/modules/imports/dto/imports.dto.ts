import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ImportApplyResponse,
  type ImportCountLine,
  type ImportCounts,
  ImportKind,
  type ImportReport,
  type ImportRowError,
  type ImportScopeQuery,
  ImportStatus,
  type ImportSummary,
  ImportThing,
  type ListImportsQuery,
  type Page,
} from '@tongxin/types';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class ImportKindParamDto {
  @ApiProperty({ enum: Object.values(ImportKind) })
  @IsIn(Object.values(ImportKind))
  kind: ImportKind;
}

export class ImportScopeQueryDto implements ImportScopeQuery {
  @ApiProperty({ format: 'uuid', description: '导入到的街道或社区' })
  @IsUUID()
  scopeId: string;
}

export class ListImportsQueryDto extends PageQueryDto implements ListImportsQuery {
  @ApiPropertyOptional({ enum: Object.values(ImportKind) })
  @IsOptional()
  @IsIn(Object.values(ImportKind))
  kind?: ImportKind;
}

export class ImportCountsResponse implements ImportCounts {
  @ApiProperty() create: number;
  @ApiProperty() change: number;
  @ApiProperty() unchanged: number;
}

export class ImportCountLineResponse extends ImportCountsResponse implements ImportCountLine {
  @ApiProperty({ enum: Object.values(ImportThing) }) thing: ImportThing;
}

export class ImportRowErrorResponse implements ImportRowError {
  @ApiProperty({ description: 'Excel 中的行号（表头为第 1 行）' }) row: number;
  @ApiProperty() column: string;
  @ApiProperty() reason: string;
}

export class ImportReportResponse implements ImportReport {
  @ApiProperty({ enum: Object.values(ImportKind) }) kind: ImportKind;
  @ApiProperty({ format: 'uuid' }) scopeId: string;
  @ApiProperty() scopeName: string;
  @ApiProperty() fileHash: string;
  @ApiProperty() rows: number;
  @ApiProperty({ type: ImportCountsResponse }) counts: ImportCountsResponse;
  @ApiProperty({ type: [ImportCountLineResponse] }) breakdown: ImportCountLineResponse[];
  @ApiProperty({ type: [ImportRowErrorResponse] }) errors: ImportRowErrorResponse[];
  @ApiProperty() errorCount: number;
}

export class ImportSummaryResponse implements ImportSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: Object.values(ImportKind) }) kind: ImportKind;
  @ApiProperty({ enum: Object.values(ImportStatus) }) status: ImportStatus;
  @ApiProperty({ format: 'uuid' }) scopeId: string;
  @ApiProperty() scopeName: string;
  @ApiProperty({ format: 'uuid' }) actorId: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty() fileHash: string;
  @ApiProperty() rows: number;
  @ApiProperty({ type: ImportCountsResponse }) counts: ImportCountsResponse;
  @ApiProperty({ type: [ImportCountLineResponse] }) breakdown: ImportCountLineResponse[];
  @ApiProperty() errorCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ImportApplyResponseDto implements ImportApplyResponse {
  @ApiProperty({ type: ImportSummaryResponse }) import: ImportSummaryResponse;
  @ApiProperty({ type: ImportReportResponse }) report: ImportReportResponse;
}

export class ImportPageResponse implements Page<ImportSummary> {
  @ApiProperty({ type: [ImportSummaryResponse] }) items: ImportSummaryResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty() hasMore: boolean;
}
