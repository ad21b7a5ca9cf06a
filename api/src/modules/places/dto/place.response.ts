import { ApiProperty } from '@nestjs/swagger';
import {
  type GeoJsonPolygon,
  type LocatedGrid,
  type Page,
  type PlaceDetail,
  PlaceLevel,
  type PlaceRef,
  type PlaceSummary,
  PlaceUnitKind,
  type PlaceUnitSummary,
} from '@tongxin/types';

export class PlaceSummaryResponse implements PlaceSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.values(PlaceLevel) }) level: PlaceLevel;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
}

export class PlacePageResponse implements Page<PlaceSummary> {
  @ApiProperty({ type: [PlaceSummaryResponse] }) items: PlaceSummaryResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty() hasMore: boolean;
}

export class PlaceRefResponse implements PlaceRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.values(PlaceLevel) }) level: PlaceLevel;
}

export class PlaceLocationResponse {
  @ApiProperty() lng: number;
  @ApiProperty() lat: number;
}

export class PlaceDetailResponse extends PlaceSummaryResponse implements PlaceDetail {
  @ApiProperty({ type: [PlaceRefResponse], description: '从街道到上级' }) ancestors: PlaceRefResponse[];
  @ApiProperty({ nullable: true, type: Object, description: '网格边界，GeoJSON Polygon/MultiPolygon' })
  boundary: GeoJsonPolygon | null;
  @ApiProperty({ nullable: true, type: PlaceLocationResponse, description: '楼栋位置（GCJ-02）' })
  location: PlaceLocationResponse | null;
  @ApiProperty({ nullable: true, type: Number, description: '楼栋的单元数' }) unitCount: number | null;
  @ApiProperty() retired: boolean;
}

export class LocatedGridResponse extends PlaceSummaryResponse implements LocatedGrid {
  @ApiProperty({ type: PlaceRefResponse }) community: PlaceRefResponse;
}

export class UnitLocationResponse {
  @ApiProperty() lng: number;
  @ApiProperty() lat: number;
}

export class PlaceUnitResponse implements PlaceUnitSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placeId: string;
  @ApiProperty() placeName: string;
  @ApiProperty({ enum: Object.values(PlaceUnitKind) }) kind: PlaceUnitKind;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) services: string | null;
  @ApiProperty({ nullable: true, type: String }) openingHours: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ nullable: true, type: UnitLocationResponse }) location: UnitLocationResponse | null;
  @ApiProperty() retired: boolean;
}

export class PlaceUnitPageResponse implements Page<PlaceUnitSummary> {
  @ApiProperty({ type: [PlaceUnitResponse] }) items: PlaceUnitResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty() hasMore: boolean;
}
