import { ErrorCode } from '@tongxin/types';

import { maskPhone } from '../crypto/pii-cipher';
import { toE164Mainland } from './sms-phone';

describe('sms phone helpers', () => {
  it('formats a mainland mobile as E.164', () => {
    expect(toE164Mainland('13812345678')).toBe('+8613812345678');
    expect(() => toE164Mainland('12812345678')).toThrow(expect.objectContaining({ code: ErrorCode.InvalidPhone }));
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
