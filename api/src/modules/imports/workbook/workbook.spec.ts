import { ErrorCode } from '@tongxin/types';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

import { readTable } from './workbook';

const book = (rows: (string | number | null)[][], notesFirst = false) => {
  const data: SheetData = rows.map((row) => row.map((value) => (value === null ? null : { value })));
  const notes = { data: [[{ value: '说明' }]] as SheetData, sheet: '说明' };
  const sheet = { data, sheet: '住户' };
  return writeExcelFile(notesFirst ? [notes, sheet] : [sheet, notes]).toBuffer();
};

describe('reading a workbook', () => {
  it('finds the header below a title row, skips blank rows and keeps Excel’s row numbers', async () => {
    const data = await book(
      [
        ['阿吉拉沁社区住户台账', null, null],
        ['楼栋*', '单元（选填）', '房 号'],
        ['1号楼', 2, 301],
        [null, null, null],
        ['2号楼', null, '101室'],
      ],
      true,
    );
    const table = await readTable(data, ['楼栋', '房号']);
    expect(table.headers).toEqual(['楼栋', '单元', '房号']);
    expect(table.rows.map((r) => [r.row, Object.fromEntries(r.cells)])).toEqual([
      [3, { 楼栋: '1号楼', 单元: '2', 房号: '301' }],
      [5, { 楼栋: '2号楼', 房号: '101室' }],
    ]);
  });

  it('refuses a workbook without the required columns, or a file that is not one', async () => {
    await expect(
      readTable(
        await book([
          ['楼栋', '户号'],
          ['1号楼', 1],
        ]),
        ['楼栋', '房号'],
      ),
    ).rejects.toMatchObject({
      code: ErrorCode.WorkbookInvalid,
    });
    await expect(readTable(Buffer.from('楼栋,房号\n1号楼,301\n'), ['楼栋'])).rejects.toMatchObject({
      code: ErrorCode.WorkbookInvalid,
    });
  });

  it('refuses a header written twice', async () => {
    await expect(
      readTable(
        await book([
          ['楼栋', '房号', '房号'],
          ['1号楼', 1, 2],
        ]),
        ['楼栋'],
      ),
    ).rejects.toMatchObject({
      code: ErrorCode.WorkbookInvalid,
      message: expect.stringContaining('房号'),
    });
  });
});
