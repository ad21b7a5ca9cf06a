import readXlsxFile from 'read-excel-file/node';

import { attendanceCsv, attendanceTable, attendanceXlsx } from './attendance-export';

describe('attendance export', () => {
  const row = {
    registrationId: 'r1',
    memberId: 'm1',
    name: '其其格',
    phone: '138****0001',
    status: 'confirmed' as const,
    dependents: [{ name: '小明', age: 8 }],
    checkinId: null,
    checkedInAt: null,
    checkedInBy: null,
  };
  const checkedIn = {
    ...row,
    registrationId: 'r2',
    memberId: 'm2',
    name: '王建国',
    dependents: [],
    checkinId: 'c1',
    checkedInAt: '2026-11-22T06:02:00.000Z',
    checkedInBy: '阿娜尔',
  };

  it('CSV starts with a BOM and a Chinese header, marks no-shows after the event, and shows China time', () => {
    const csv = attendanceCsv(
      attendanceTable([row, checkedIn], new Map([['m1', 2]]), { ended: true, volunteer: false }),
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, first, second] = csv.slice(1).trim().split('\r\n');
    expect(header).toBe('姓名,手机,报名状态,随行人员,签到时间,签到人,本场缺席,累计缺席');
    expect(first).toBe('其其格,138****0001,已报名,小明(8岁),,,是,2');
    expect(second).toBe('王建国,138****0001,已报名,,2026-11-22 14:02,阿娜尔,,0');
  });

  it('CSV quotes commas and quotes and defuses formulas', () => {
    const csv = attendanceCsv(
      attendanceTable([{ ...row, name: '=HYPERLINK("x"),张' }], new Map(), { ended: false, volunteer: false }),
    );
    expect(csv).toContain('"\'=HYPERLINK(""x""),张"');
  });

  it('XLSX reads back as the same table, counts as numbers, formulas defused', async () => {
    const rows = attendanceTable(
      [row, checkedIn, { ...row, registrationId: 'r3', memberId: 'm3', name: '=1+1' }],
      new Map([['m1', 2]]),
      { ended: true, volunteer: false },
    );
    const [sheet] = await readXlsxFile(await attendanceXlsx(rows));
    expect(sheet.sheet).toBe('签到表');
    expect(sheet.data).toEqual([
      ['姓名', '手机', '报名状态', '随行人员', '签到时间', '签到人', '本场缺席', '累计缺席'],
      ['其其格', '138****0001', '已报名', '小明(8岁)', null, null, '是', 2],
      ['王建国', '138****0001', '已报名', null, '2026-11-22 14:02', '阿娜尔', null, 0],
      ["'=1+1", '138****0001', '已报名', '小明(8岁)', null, null, '是', 0],
    ]);
  });

  it('a volunteer event adds the 签退 time and the hours credited', async () => {
    const volunteer = { ...checkedIn, checkedOutAt: '2026-11-22T08:32:00.000Z', volunteerMinutes: 150 };
    const table = attendanceTable([row, volunteer], new Map(), { ended: true, volunteer: true });
    const [sheet] = await readXlsxFile(await attendanceXlsx(table));
    expect(sheet.data[0].slice(-2)).toEqual(['签退时间', '服务时长（小时）']);
    expect(sheet.data[1].slice(-2)).toEqual([null, null]);
    expect(sheet.data[2].slice(-2)).toEqual(['2026-11-22 16:32', 2.5]);
    expect(attendanceCsv(table).split('\r\n')[2]).toBe(
      '王建国,138****0001,已报名,,2026-11-22 14:02,阿娜尔,,0,2026-11-22 16:32,2.5',
    );
  });
});
