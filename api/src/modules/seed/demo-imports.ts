import writeExcelFile, { type SheetData } from 'write-excel-file/node';

type Cell = string | number | null;

/**
 * 阿吉拉沁's 住户台账, imported by 乌云 (community staff) the way a community starts: a first file with a phone
 * typed short (refused, nothing written), then the corrected one. The residents are not members yet: each finds
 * the home already verified at their first login with that phone. Phones in the demo's unallocated 138-0000 range.
 */
export const DEMO_HOUSEHOLDS_IMPORT = {
  by: 'staff-ajilaqin',
  community: 'ajilaqin',
  fileName: '阿吉拉沁社区住户台账.xlsx',
  header: ['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号', '居民2姓名', '居民2手机号'],
  rows: [
    ['阿吉拉沁社区', '阿吉拉沁第一网格', '1号楼', 1, 101, '苏和', '13800000201', '其木格', '13800000202'],
    ['阿吉拉沁社区', '阿吉拉沁第一网格', '1号楼', 2, 302, '刘建华', '13800000203', null, null],
    ['阿吉拉沁社区', '阿吉拉沁第一网格', '2号楼', 1, 201, '敖登格日乐', '13800000204', '白音', '13800000205'],
    ['阿吉拉沁社区', '阿吉拉沁第二网格', '4号楼', 3, 502, '马玉兰', '13800000206', null, null],
    ['阿吉拉沁社区', '阿吉拉沁第二网格', '5号楼', 2, 401, '哈斯', '13800000207', '高娃', '13800000208'],
    ['阿吉拉沁社区', '阿吉拉沁第三网格', '7号楼', 1, 102, '李淑珍', '13800000209', null, null],
    ['阿吉拉沁社区', '阿吉拉沁第三网格', '8号楼', 2, 601, '巴雅尔', '13800000210', '托娅', '13800000211'],
    ['阿吉拉沁社区', '阿吉拉沁第四网格', '10号楼', 1, 301, '王秀英', '13800000212', null, null],
    ['阿吉拉沁社区', '阿吉拉沁第四网格', '11号楼', 4, 202, '额尔敦', '13800000213', '萨仁', '13800000214'],
    ['阿吉拉沁社区', '阿吉拉沁第四网格', '12号楼', 1, 101, '张凤兰', '13800000215', null, null],
  ] satisfies Cell[][],
  /** The first file's mistake: row 4 (the third household) with a phone one digit short. */
  typo: { index: 2, column: 6, value: '1380000204' },
};

/** The 台账 as a workbook, with or without the first file's typo. */
export function demoHouseholdsWorkbook(withTypo: boolean): Promise<Buffer> {
  const { header, rows, typo } = DEMO_HOUSEHOLDS_IMPORT;
  const written: Cell[][] = rows.map((row, i) =>
    withTypo && i === typo.index ? row.map((cell, c) => (c === typo.column ? typo.value : cell)) : row,
  );
  const data: SheetData = [header, ...written].map((row) =>
    row.map((value) => (value === null ? null : { value, type: typeof value === 'number' ? Number : String })),
  );
  return writeExcelFile(data, { sheet: '住户' }).toBuffer();
}
