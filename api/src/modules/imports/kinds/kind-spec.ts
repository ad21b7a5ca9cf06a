import type { ImportKind } from '@tongxin/types';

/** One column of a kind's template: its header, whether every row needs it, and what goes in it. */
export interface ColumnSpec {
  header: string;
  required: boolean;
  /** Width in characters. */
  width: number;
  /** The template's example row. */
  example: string | number | null;
  /** A line for the 说明 sheet. */
  note: string;
}

export interface KindSpec {
  kind: ImportKind;
  /** The data sheet's name in the template. */
  sheet: string;
  columns: ColumnSpec[];
  /** Columns a header row must have to be found (the rest may be left out of a workbook). */
  headerColumns: string[];
  /** General lines for the 说明 sheet. */
  notes: string[];
}

/** Lines every template's 说明 sheet starts with. */
export const COMMON_NOTES = [
  '第 1 行是表头，请不要修改列名；第 2 行是示例，导入前请删去或改成真实数据。',
  '先在小程序「数据导入」中选择本文件「试导入」：会列出将新建、将修改、无变化的条数，以及每个有问题的行、列和原因。',
  '确认无误后「确认导入」：整个文件一次写入，只要有一行有问题就一行也不写入。',
  '同一文件可以重复导入：已有的地点、住户、角色和单位不会重复创建。',
];

/** Column order of a spec, for sorting a report's errors the way the sheet reads. */
export const columnOrder = (spec: KindSpec) => spec.columns.map((c) => c.header);
