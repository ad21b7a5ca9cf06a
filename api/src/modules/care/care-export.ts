import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { defused } from '../../infra/xlsx/defused';

/** One register row as exported; the sensitive columns are null when the exporter may not see them. */
export interface CareExportRow {
  grid: string;
  household: string;
  categories: string;
  nextVisitDue: string | null;
  overdueDays: number;
  status: string;
  safetyCheck: boolean;
  name: string | null;
  phone: string | null;
  needs: string | null;
  situation: string | null;
  consent: string | null;
}

const OPEN = ['网格', '门牌', '帮扶类别', '下次走访', '逾期天数', '状态', '平安打卡'];
const SEALED = ['姓名', '电话', '帮扶需求', '情况说明', '同意登记'];

/**
 * The 帮扶台账 as a workbook. Holders of the care permission get every column; other staff (who may read the
 * community's figures) get the register without names, phones, needs, situations or consent — PIPL's sensitive fields
 * do not leave in their exports.
 */
export function careWorkbook(rows: CareExportRow[], full: boolean): Promise<Buffer> {
  const header = full ? [...OPEN, ...SEALED] : OPEN;
  const data: SheetData = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((r) => {
      const open = [
        r.grid,
        r.household,
        r.categories,
        r.nextVisitDue,
        r.overdueDays,
        r.status,
        r.safetyCheck ? '是' : '否',
      ];
      const cells = full ? [...open, r.name, r.phone, r.needs, r.situation, r.consent] : open;
      return cells.map((value) => (value === null || value === '' ? null : { value: defused(value) }));
    }),
  ];
  return writeExcelFile(data, {
    sheet: '帮扶台账',
    columns: header.map((h) => ({ width: h === '帮扶需求' || h === '情况说明' ? 30 : 14 })),
    stickyRowsCount: 1,
  }).toBuffer();
}
