import {
  cellText,
  householdLabel,
  normaliseRoom,
  normaliseUnit,
  parseDecimal,
  parseInteger,
  parsePhone,
} from './cells';

describe('import cells', () => {
  it('reads numbers as written, so a phone typed as a number survives', () => {
    expect(cellText(13800000001)).toBe('13800000001');
    expect(cellText(111.6561)).toBe('111.6561');
    expect(cellText(null)).toBe('');
    expect(cellText('  1号楼\u3000')).toBe('1号楼');
    expect(cellText(true)).toBe('是');
  });

  it('accepts the ways people write a mainland mobile number, and nothing else', () => {
    for (const text of [
      '13800000001',
      '138 0000 0001',
      '138-0000-0001',
      '+86 138 0000 0001',
      '8613800000001',
      '１３８００００００01',
    ]) {
      expect(parsePhone(text)).toBe('13800000001');
    }
    for (const text of ['1380000000', '23800000001', '138000000012', '12800000001', '电话', '0471-1234567']) {
      expect(parsePhone(text)).toBeNull();
    }
  });

  it('normalises units and rooms the way residents write homes', () => {
    expect(normaliseUnit('2单元')).toBe('2');
    expect(normaliseUnit('２ 单元')).toBe('2');
    expect(normaliseUnit('a')).toBe('A');
    expect(normaliseRoom('502室')).toBe('502');
    expect(normaliseRoom('５０２号')).toBe('502');
    expect(householdLabel('3', '502')).toBe('3单元502');
    expect(householdLabel('', '12')).toBe('12');
  });

  it('reads whole numbers and coordinates within their ranges only', () => {
    expect(parseInteger('3', 1, 99)).toBe(3);
    expect(parseInteger('1.5', 1, 99)).toBeNull();
    expect(parseInteger('100', 1, 99)).toBeNull();
    expect(parseInteger('三', 1, 99)).toBeNull();
    expect(parseDecimal('111.6561', 73, 136)).toBe(111.6561);
    expect(parseDecimal('40.8', 73, 136)).toBeNull();
    expect(parseDecimal('1e2', 73, 136)).toBeNull();
  });
});
