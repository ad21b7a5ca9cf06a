import { ApiProperty } from '@nestjs/swagger';
import {
  type DemoLoginRequest,
  type LogoutRequest,
  PHONE_PATTERN,
  type RefreshRequest,
  type SendSmsCodeRequest,
  SMS_CODE_PATTERN,
  type SmsLoginRequest,
  type WechatLoginRequest,
  type WechatPhoneRequest,
} from '@tongxin/types';
import { IsString, Length, Matches, MaxLength } from 'class-validator';

const PHONE_MESSAGE = 'phone 必须是 11 位手机号';

export class SendSmsCodeDto implements SendSmsCodeRequest {
  @ApiProperty({ example: '13812345678' })
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone: string;
}

export class SmsLoginDto implements SmsLoginRequest {
  @ApiProperty({ example: '13812345678' })
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(SMS_CODE_PATTERN, { message: 'code 必须是 6 位数字' })
  code: string;
}

export class WechatCodeDto implements WechatLoginRequest, WechatPhoneRequest {
  @ApiProperty({ description: 'Taro.login() 或 getPhoneNumber 返回的 code' })
  @IsString()
  @Length(1, 128)
  code: string;
}

export class RefreshDto implements RefreshRequest, LogoutRequest {
  @ApiProperty()
  @IsString()
  @Length(16, 128)
  refreshToken: string;
}

export class DemoLoginDto implements DemoLoginRequest {
  @ApiProperty({ example: 'resident' })
  @IsString()
  @MaxLength(32)
  account: string;
}
