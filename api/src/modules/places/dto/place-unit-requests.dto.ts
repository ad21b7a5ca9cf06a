import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreatePlaceUnitRequest,
  type ListPlaceUnitsQuery,
  PlaceUnitKind,
  UNIT_PHONE_PATTERN,
  type UpdatePlaceUnitRequest,
} from '@tongxin/types';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

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

export class UnitLocationDto {
  @ApiProperty({ minimum: -180, maximum: 180, example: 109.7815 })
  @IsNumber()
  @Min(-180)
  @Max(180)
  lng: number;

  @ApiProperty({ minimum: -90, maximum: 90, example: 39.6115 })
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat: number;
}

/** The optional details of a unit: absent leaves a field as it is, null clears it (an update), '' is refused. */
class PlaceUnitDetailsDto {
  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String, description: 'null 清除地址' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address?: string | null;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String, example: '民族团结宣讲、矛盾调解、代办证明' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  services?: string | null;

  @ApiPropertyOptional({ maxLength: 100, nullable: true, type: String, example: '周一至周五 9:00–17:30' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  openingHours?: string | null;

  @ApiPropertyOptional({ maxLength: 32, nullable: true, type: String, example: '包桂兰' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  contactName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '0477-8123456', description: '服务电话' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(UNIT_PHONE_PATTERN, { message: '服务电话格式不正确' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: UnitLocationDto, nullable: true, description: '地图位置（GCJ-02）；null 清除' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UnitLocationDto)
  location?: UnitLocationDto | null;
}

export class CreatePlaceUnitDto extends PlaceUnitDetailsDto implements CreatePlaceUnitRequest {
  @ApiProperty({ enum: Object.values(PlaceUnitKind) })
  @IsIn(Object.values(PlaceUnitKind))
  kind: PlaceUnitKind;

  @ApiProperty({ example: '兴旺社区铸牢中华民族共同体意识实践教育站', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;
}

export class UpdatePlaceUnitDto extends PlaceUnitDetailsDto implements UpdatePlaceUnitRequest {
  @ApiPropertyOptional({ maxLength: 64 })
  // Absent means unchanged; null is not a name.
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name?: string;
}
