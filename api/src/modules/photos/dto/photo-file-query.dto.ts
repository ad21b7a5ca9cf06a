import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PHOTO_VARIANTS, type PhotoVariant } from '../photo-url-signer';

/** The query of a signed photo URL; the signature itself is checked by the service (bad or missing → 403). */
export class PhotoFileQueryDto {
  @ApiPropertyOptional({ enum: PHOTO_VARIANTS, default: 'full' })
  @IsOptional()
  @IsIn(PHOTO_VARIANTS)
  variant: PhotoVariant = 'full';

  @ApiProperty({ description: 'Expiry, unix seconds' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  exp?: string;

  @ApiProperty({ description: 'HMAC-SHA256 signature, base64url' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sig?: string;
}
