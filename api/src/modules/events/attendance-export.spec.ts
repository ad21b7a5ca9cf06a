import { attendanceCsv } from './attendance-export';

describe('attendanceCsv', () => {
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

  it('starts with a BOM and a Chinese header, and marks no-shows after the event', () => {
    const csv = attendanceCsv([row], new Map([['m1', 2]]), true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line] = csv.slice(1).trim().split('\r\n');
    expect(header).toBe('姓名,手机,报名状态,随行人员,签到时间,签到人,本场缺席,累计缺席');
    expect(line).toBe('其其格,138****0001,已报名,小明(8岁),,,是,2');
  });

  it('quotes commas and quotes and defuses formulas', () => {
    const csv = attendanceCsv([{ ...row, name: '=HYPERLINK("x"),张' }], new Map(), false);
    expect(csv).toContain('"\'=HYPERLINK(""x""),张"');
  });
});
