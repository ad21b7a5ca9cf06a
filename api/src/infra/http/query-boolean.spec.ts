import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, validateSync } from 'class-validator';

import { QueryBoolean } from './query-boolean';

class Query {
  @IsOptional() @QueryBoolean() @IsBoolean() flag?: boolean;
}

const read = (flag: string) => plainToInstance(Query, { flag });

describe('QueryBoolean', () => {
  it('reads "true" and "false" as the booleans they name', () => {
    expect(read('true').flag).toBe(true);
    expect(read('false').flag).toBe(false);
  });

  it('leaves anything else for the validator to refuse', () => {
    for (const value of ['', '0', '1', 'yes', 'False']) {
      expect(validateSync(read(value))).toHaveLength(1);
    }
  });
});
