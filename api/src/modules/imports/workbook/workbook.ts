import { ErrorCode, IMPORT_MAX_ROWS } from '@tongxin/types';
import readXlsxFile from 'read-excel-file/node';

import { DomainException } from '../../../infra/http/domain.exception';
import { cellText } from './cells';

/** A data row: its number as Excel shows it (the header row is usually 1) and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface SheetTable {
  /** Headers as written (normalised: no spaces, no `*` or bracketed notes), in column order. */
  headers: string[];
  rows: SheetRow[];
}

/** The sheet that only explains the template; every other sheet may hold the data. */
export const NOTES_SHEET = '说明';
/** Title rows above the header (a 台账 often has one or two) are skipped, up to this many. */
const HEADER_SEARCH_ROWS = 5;

export const workbookInvalid = (message: string) => new DomainException(ErrorCode.WorkbookInvalid, message);

/** `楼栋*`, `单元（选填）`, ` 房 号 ` → `楼栋`, `单元`, `房号`. */
export function normaliseHeader(value: string): string {
  return value
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s\u3000]/g, '')
    .trim();
}

/**
 * Reads the first data sheet of an .xlsx workbook: the header is the first of the top rows that holds every
 * `required` column; blank rows are skipped but keep their numbers, so a report names the row Excel shows.
 */
export async function readTable(data: Buffer, required: readonly string[]): Promise<SheetTable> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(data)) as { sheet: string; data: unknown[][] }[];
  } catch {
    throw workbookInvalid('无法读取文件：请上传 Excel 工作簿（.xlsx）。旧版 .xls 请先另存为 .xlsx');
  }
  const sheet = sheets.find((s) => s.sheet.trim() !== NOTES_SHEET && s.data.length > 0);
  if (!sheet) throw workbookInvalid('工作簿中没有数据');
  const headerIndex = sheet.data
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => required.every((name) => row.some((cell) => normaliseHeader(cellText(cell)) === name)));
  if (headerIndex < 0) {
    throw workbookInvalid(
      `找不到表头：「${sheet.sheet}」的前 ${HEADER_SEARCH_ROWS} 行中需要有列 ${required.join('、')}`,
    );
  }
  const headers = sheet.data[headerIndex].map((cell) => normaliseHeader(cellText(cell)));
  const seen = new Set<string>();
  for (const header of headers) {
    if (header && seen.has(header)) throw workbookInvalid(`表头「${header}」出现了两次`);
    seen.add(header);
  }
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < sheet.data.length; i += 1) {
    const cells = new Map<string, string>();
    sheet.data[i].forEach((cell, column) => {
      const text = cellText(cell);
      if (headers[column] && text) cells.set(headers[column], text);
    });
    if (cells.size === 0) continue;
    rows.push({ row: i + 1, cells });
    if (rows.length > IMPORT_MAX_ROWS) {
      throw workbookInvalid(`一个文件最多 ${IMPORT_MAX_ROWS} 行数据，请分成几个文件导入`);
    }
  }
  return { headers: headers.filter(Boolean), rows };
}
