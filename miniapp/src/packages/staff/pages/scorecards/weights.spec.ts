import { checkWeights, weightPercents, weightsInput } from './weights';

describe('scorecard weights', () => {
  it('take whole numbers of 0 and up', () => {
    const input = { onTime: '50', satisfaction: ' 30 ', reopen: '0', visits: '0', participation: '20' };
    expect(checkWeights(input)).toEqual({
      weights: { onTime: 50, satisfaction: 30, reopen: 0, visits: 0, participation: 20 },
      fields: {},
      problem: null,
    });
  });

  it('name each field that is not a whole number of 0 and up', () => {
    const check = checkWeights({ onTime: '-5', satisfaction: '2.5', reopen: '', visits: '1', participation: '十' });
    expect(check.weights).toBeNull();
    expect(check.fields).toEqual({
      onTime: '请填写 0 或正整数',
      satisfaction: '请填写 0 或正整数',
      reopen: '请填写 0 或正整数',
      participation: '请填写 0 或正整数',
    });
  });

  it('refuse all zeros, which leave nothing to weigh', () => {
    const check = checkWeights({ onTime: '0', satisfaction: '0', reopen: '00', visits: '0', participation: '0' });
    expect(check).toEqual({ weights: null, fields: {}, problem: '各项权重不能都为 0' });
  });

  it('show what each weight is of the whole', () => {
    expect(weightPercents({ onTime: 40, satisfaction: 30, reopen: 20, visits: 0, participation: 10 })).toEqual({
      onTime: 40,
      satisfaction: 30,
      reopen: 20,
      visits: 0,
      participation: 10,
    });
    expect(weightPercents({ onTime: 1, satisfaction: 1, reopen: 1, visits: 0, participation: 0 })).toEqual({
      onTime: 33,
      satisfaction: 33,
      reopen: 33,
      visits: 0,
      participation: 0,
    });
    expect(weightsInput({ onTime: 40, satisfaction: 30, reopen: 20, visits: 0, participation: 10 }).onTime).toBe('40');
  });
});
