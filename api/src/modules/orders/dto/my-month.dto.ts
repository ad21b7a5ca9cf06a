import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class MyMonthQueryDto {
  /** `YYYY-MM` (China time); this month when left out. */
  @ApiPropertyOptional({ example: '2026-12', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式为 YYYY-MM' })
  month?: string;
}
