import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus, type CreateRiderApplicationRequest, RiderPlatform } from '@tongxin/types';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class CreateRiderApplicationDto implements CreateRiderApplicationRequest {
  @ApiProperty({ enum: Object.values(RiderPlatform) })
  @IsIn(Object.values(RiderPlatform))
  platform: RiderPlatform;

  @ApiProperty({ type: [String], description: '同一社区内的网格，最多 10 个' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  gridIds: string[];

  @ApiProperty({ maxLength: 300 })
  @IsString()
  @Length(1, 300)
  statement: string;
}

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(ApplicationStatus), default: ApplicationStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(ApplicationStatus))
  status: ApplicationStatus = ApplicationStatus.Pending;
}
