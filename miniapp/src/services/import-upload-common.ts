import {
  ApiRoute,
  IMPORT_MAX_BYTES,
  type ImportApplyResponse,
  type ImportKind,
  type ImportReport,
} from '@tongxin/types';

import { ApiError, apiErrorFromResponse, ClientErrorCode } from './api-error';
import { buildUrl } from './request';

/** A workbook the member picked: a File on H5, a temp file path in the mini-program. */
export interface PickedWorkbook {
  name: string;
  size: number;
  file?: Blob;
  path?: string;
}

export type ImportPhase = 'dry-run' | 'apply';

export interface SendWorkbookRequest {
  kind: ImportKind;
  phase: ImportPhase;
  scopeId: string;
  workbook: PickedWorkbook;
}

export type ImportAnswer<P extends ImportPhase> = P extends 'dry-run' ? ImportReport : ImportApplyResponse;

export const UPLOAD_TIMEOUT_MS = 120_000;

export function importUrl({ kind, phase, scopeId }: Omit<SendWorkbookRequest, 'workbook'>): string {
  const path = phase === 'dry-run' ? ApiRoute.ImportDryRun(kind) : ApiRoute.ImportApply(kind);
  return buildUrl(path, { scopeId });
}

/** Why a picked file cannot be sent at all (checked before uploading); null when it can. */
export function workbookProblem(workbook: PickedWorkbook): string | null {
  if (!/\.xlsx$/i.test(workbook.name)) return '请选择 Excel 工作簿（.xlsx 文件）；.xls 请先另存为 .xlsx';
  if (workbook.size > IMPORT_MAX_BYTES) return `文件不能超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入`;
  return null;
}

/** An upload's status and raw body (JSON text) → the answer, or a typed ApiError (IMPORT_ROWS_INVALID has the report). */
export function parseImportResponse<T>(statusCode: number, raw: unknown): T {
  let body: unknown = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
  }
  if (statusCode >= 200 && statusCode < 300) {
    if (typeof body === 'object' && body !== null) return body as T;
    throw new ApiError(ClientErrorCode.UnexpectedResponse, statusCode, '导入结果无法识别', body);
  }
  throw apiErrorFromResponse(statusCode, body);
}
