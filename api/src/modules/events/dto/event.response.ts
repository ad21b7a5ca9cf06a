import { ApiProperty } from '@nestjs/swagger';
import { type EventDetail, EventStatus, type EventSummary, EventType, type Page } from '@tongxin/types';

export class EventSummaryResponse implements EventSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '红石榴课堂·石榴籽心贴心书法培训' }) title: string;
  @ApiProperty({ enum: Object.values(EventType) }) type: EventType;
  @ApiProperty() venue: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() capacity: number;
  @ApiProperty() pointsReward: number;
  @ApiProperty({ format: 'uuid' }) placeId: string;
  @ApiProperty() placeName: string;
}

export class EventDetailResponse extends EventSummaryResponse implements EventDetail {
  @ApiProperty() description: string;
  @ApiProperty({ enum: Object.values(EventStatus) }) status: EventStatus;
}

export class EventPageResponse implements Page<EventSummary> {
  @ApiProperty({ type: [EventSummaryResponse] }) items: EventSummaryResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty() hasMore: boolean;
}
