import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReportClientErrorRequest } from '@tongxin/types';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ReportClientErrorDto implements ReportClientErrorRequest {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MaxLength(500)
  message: string;

  @ApiProperty({ maxLength: 200, example: 'pages/index/index' })
  @IsString()
  @MaxLength(200)
  page: string;

  @ApiProperty({ enum: ['weapp', 'h5'] })
  @IsIn(['weapp', 'h5'])
  platform: 'weapp' | 'h5';

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  stack?: string;
}
