import { EARNING_SOURCES } from '@tongxin/types';

import { DEFAULT_RULES } from './default-rules';

describe('default points rules', () => {
  it('cap every earning source, by day or by month', () => {
    for (const source of EARNING_SOURCES) {
      const { points, dailyCap, monthlyCap } = DEFAULT_RULES[source];
      expect({ source, capped: dailyCap !== null || monthlyCap !== null }).toEqual({ source, capped: true });
      // A cap below one payment would pay nothing at all.
      for (const cap of [dailyCap, monthlyCap]) if (cap !== null) expect(cap).toBeGreaterThanOrEqual(points);
    }
  });

  it('let a month hold at least a day', () => {
    for (const source of EARNING_SOURCES) {
      const { dailyCap, monthlyCap } = DEFAULT_RULES[source];
      if (dailyCap !== null && monthlyCap !== null) expect(monthlyCap).toBeGreaterThanOrEqual(dailyCap);
    }
  });
});
