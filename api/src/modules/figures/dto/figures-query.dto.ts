import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FigurePeriodKind, type FiguresQuery } from '@tongxin/types';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

export class FiguresQueryDto implements FiguresQuery {
  @ApiProperty({ format: 'uuid', description: '街道、社区或网格（须在本人可看数据的范围内）' })
  @IsUUID()
  placeId: string;

  @ApiProperty({ enum: Object.values(FigurePeriodKind) })
  @IsIn(Object.values(FigurePeriodKind))
  period: FigurePeriodKind;

  @ApiPropertyOptional({ example: '2026-12-05', description: '自然周期内的任一天（北京时间），默认今天' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  date?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: '自定义时段的开始日期（含）' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: '自定义时段的结束日期（含），最长 366 天' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  to?: string;
}

export class WeeklyQueryDto {
  @ApiPropertyOptional({ example: '2026-12-05', description: '该周内的任一天（北京时间），默认本周' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  date?: string;
}
