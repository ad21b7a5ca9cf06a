import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateProfileRequest } from '@tongxin/types';
import { IsOptional, IsString, IsUrl, Length, MaxLength, ValidateIf } from 'class-validator';

/** Only these fields belong to the member; anything else in the body is refused. */
export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ maxLength: 32 })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  nickname?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  avatarUrl?: string | null;
}
