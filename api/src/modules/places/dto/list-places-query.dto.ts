import { ApiPropertyOptional } from '@nestjs/swagger';
import { PlaceLevel } from '@tongxin/types';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class ListPlacesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '上级地点；不传则列出街道' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: Object.values(PlaceLevel) })
  @IsOptional()
  @IsIn(Object.values(PlaceLevel))
  level?: PlaceLevel;
}
