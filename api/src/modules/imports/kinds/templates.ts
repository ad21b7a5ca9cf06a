import { IMPORT_KIND_LABEL } from '@tongxin/types';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { NOTES_SHEET } from '../workbook/workbook';
import { COMMON_NOTES, type KindSpec } from './kind-spec';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file name a template downloads as: 导入模板-住户与居民.xlsx. */
export const templateFileName = (spec: KindSpec) => `导入模板-${IMPORT_KIND_LABEL[spec.kind]}.xlsx`;

/**
 * A kind's template: the data sheet (bold, frozen header; required columns marked *, which the reader ignores;
 * one grey example row, phones as text so Excel keeps them) and a 说明 sheet of what goes in each column.
 */
export function templateXlsx(spec: KindSpec): Promise<Buffer> {
  const data: SheetData = [
    spec.columns.map((c) => ({ value: c.required ? `${c.header}*` : c.header, fontWeight: 'bold' as const })),
    spec.columns.map((c) =>
      c.example === null
        ? null
        : { value: c.example, type: typeof c.example === 'number' ? Number : String, color: '#888888' },
    ),
  ];
  const notes: SheetData = [
    [{ value: `${IMPORT_KIND_LABEL[spec.kind]}导入说明`, fontWeight: 'bold' as const }],
    ...[...COMMON_NOTES, ...spec.notes].map((line) => [{ value: line }]),
    [null],
    ['列名', '是否必填', '填写说明'].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...spec.columns.map((c) => [{ value: c.header }, { value: c.required ? '必填' : '选填' }, { value: c.note }]),
  ];
  return writeExcelFile([
    {
      data,
      sheet: spec.sheet,
      columns: spec.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    },
    { data: notes, sheet: NOTES_SHEET, columns: [{ width: 16 }, { width: 10 }, { width: 80 }] },
  ]).toBuffer();
}
