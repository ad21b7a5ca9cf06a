import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AddModerationWordRequest,
  type DecideCaseRequest,
  type FlagContentRequest,
  FlaggableKind,
  FlagReason,
  type ModerationCaseQuery,
} from '@tongxin/types';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class FlagContentDto implements FlagContentRequest {
  @ApiProperty({ enum: Object.values(FlaggableKind) })
  @IsIn(Object.values(FlaggableKind))
  kind: FlaggableKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ enum: Object.values(FlagReason) })
  @IsIn(Object.values(FlagReason))
  reason: FlagReason;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class CasesQueryDto extends PageQueryDto implements ModerationCaseQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ enum: ['open', 'decided'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'decided'])
  status?: 'open' | 'decided';
}

export class DecideCaseDto implements DecideCaseRequest {
  @ApiProperty({ minLength: 2, maxLength: 200, example: '经核实内容无违规' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class WordsQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  streetId: string;
}

export class AddWordDto implements AddModerationWordRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  streetId: string;

  @ApiProperty({ minLength: 2, maxLength: 32, example: '黑车' })
  @IsString()
  @Length(2, 32)
  @Matches(/\S/)
  word: string;
}

/** The query WeChat puts on a message push (signature, timestamp, nonce; echostr on the URL check). */
export class PushQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) signature?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) timestamp?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) nonce?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 256) echostr?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128) msg_signature?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 16) encrypt_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) openid?: string;
}
