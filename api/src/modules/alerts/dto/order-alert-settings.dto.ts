import { ApiProperty } from '@nestjs/swagger';
import type { UpdateOrderAlertSettingsRequest } from '@tongxin/types';
import { IsBoolean, IsString, Matches, ValidateIf } from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export class UpdateOrderAlertSettingsDto implements UpdateOrderAlertSettingsRequest {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ nullable: true, type: String, example: '22:00', pattern: CLOCK.source })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(CLOCK, { message: '时间格式应为 HH:mm' })
  quietStart: string | null;

  @ApiProperty({ nullable: true, type: String, example: '07:00', pattern: CLOCK.source })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(CLOCK, { message: '时间格式应为 HH:mm' })
  quietEnd: string | null;
}
