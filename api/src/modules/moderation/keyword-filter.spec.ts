import { KeywordFilter } from './keyword-filter';

describe('KeywordFilter', () => {
  it('finds built-in and street words anywhere in the text, and nothing in ordinary text', () => {
    const filter = new KeywordFilter(['黑车']);
    expect(filter.hits('楼道灯坏了，请尽快修理')).toEqual([]);
    expect(filter.hits('有事加微信，黑车随叫随到').sort()).toEqual(['加微信', '黑车'].sort());
  });

  it('ignores blank words a street saved', () => {
    expect(new KeywordFilter(['', '  ']).hits('晚上好')).toEqual([]);
  });
});
