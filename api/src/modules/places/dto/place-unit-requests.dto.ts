import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreatePlaceUnitRequest,
  type ListPlaceUnitsQuery,
  PlaceUnitKind,
  type UpdatePlaceUnitRequest,
} from '@tongxin/types';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { trim } from './place-requests.dto';

export class ListPlaceUnitsQueryDto extends PageQueryDto implements ListPlaceUnitsQuery {
  @ApiPropertyOptional({ enum: Object.values(PlaceUnitKind) })
  @IsOptional()
  @IsIn(Object.values(PlaceUnitKind))
  kind?: PlaceUnitKind;

  @ApiPropertyOptional({ default: false, description: '也列出上级地点（如所属街道）上的单位' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withAncestors: boolean = false;
}

export class CreatePlaceUnitDto implements CreatePlaceUnitRequest {
  @ApiProperty({ enum: Object.values(PlaceUnitKind) })
  @IsIn(Object.values(PlaceUnitKind))
  kind: PlaceUnitKind;

  @ApiProperty({ example: '兴旺社区铸牢中华民族共同体意识实践教育站', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address?: string;
}

export class UpdatePlaceUnitDto implements UpdatePlaceUnitRequest {
  @ApiPropertyOptional({ maxLength: 64 })
  // Absent means unchanged; null is not a name.
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name?: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String, description: 'null 清除地址' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address?: string | null;
}
