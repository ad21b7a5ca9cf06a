import { ApiProperty } from '@nestjs/swagger';
import { type Page, PlaceLevel, type PlaceSummary } from '@tongxin/types';

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
