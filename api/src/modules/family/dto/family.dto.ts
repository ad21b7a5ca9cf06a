import { ApiProperty } from '@nestjs/swagger';
import { PHONE_PATTERN, type RecordFamilyLinkRequest, type RequestFamilyLinkRequest } from '@tongxin/types';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

export class RequestFamilyLinkDto implements RequestFamilyLinkRequest {
  @ApiProperty({ description: '父母的手机号' })
  @Matches(PHONE_PATTERN, { message: '请输入11位手机号' })
  parentPhone: string;
  @ApiProperty({ maxLength: 16, example: '女儿' }) @IsString() @Length(1, 16) relation: string;
}

export class RecordFamilyLinkDto implements RecordFamilyLinkRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() parentId: string;
  @ApiProperty({ description: '子女的手机号' })
  @Matches(PHONE_PATTERN, { message: '请输入11位手机号' })
  childPhone: string;
  @ApiProperty({ maxLength: 16, example: '儿子' }) @IsString() @Length(1, 16) relation: string;
}
