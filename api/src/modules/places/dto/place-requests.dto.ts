import { ApiProperty } from '@nestjs/swagger';
import type {
  CreatePlaceRequest,
  GeoJsonPolygon,
  LocateQuery,
  MovePlaceRequest,
  RenamePlaceRequest,
  SetBoundaryRequest,
} from '@tongxin/types';
import { Transform } from 'class-transformer';
import { IsDefined, IsNumber, IsObject, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// '' and missing must fail, not become 0 as with @Type(() => Number).
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

export class CreatePlaceDto implements CreatePlaceRequest {
  @ApiProperty({ format: 'uuid', description: '上级地点；新地点建在其下一级' })
  @IsUUID()
  parentId: string;

  @ApiProperty({ example: '兴旺第四网格', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;
}

export class RenamePlaceDto implements RenamePlaceRequest {
  @ApiProperty({ maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  name: string;
}

export class MovePlaceDto implements MovePlaceRequest {
  @ApiProperty({ format: 'uuid', description: '新上级，与原上级同级' })
  @IsUUID()
  parentId: string;
}

export class SetBoundaryDto implements SetBoundaryRequest {
  @ApiProperty({
    description: 'GeoJSON Polygon 或 MultiPolygon 几何对象，坐标为 [经度, 纬度]，环首尾相同且至少 4 个点',
    example: {
      type: 'Polygon',
      coordinates: [
        [
          [109.78, 39.61],
          [109.783, 39.61],
          [109.783, 39.613],
          [109.78, 39.613],
          [109.78, 39.61],
        ],
      ],
    },
  })
  @IsDefined()
  @IsObject()
  // The geometry's shape is checked by checkBoundary, which reports each bad ring and position.
  boundary: GeoJsonPolygon;
}

export class LocateQueryDto implements LocateQuery {
  @ApiProperty({ minimum: -180, maximum: 180, example: 109.7815 })
  @Transform(toNumber)
  @IsNumber()
  @Min(-180)
  @Max(180)
  lng: number;

  @ApiProperty({ minimum: -90, maximum: 90, example: 39.6115 })
  @Transform(toNumber)
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat: number;
}
