import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AcceptMediationRequest,
  type AssignMediatorRequest,
  type CloseRatingFollowUpRequest,
  type CreateMediationRequest,
  type DeclineMediationRequest,
  DisputeKind,
  type ListMediationCasesQuery,
  MediationOutcome,
  MediationStatus,
  type OpenMediationCaseRequest,
  type OtherPartyInput,
  PHONE_PATTERN,
  type RateMediationRequest,
  type RecordFollowUpRequest,
  type RecordOutcomeRequest,
  type RecordSessionRequest,
  type ScheduleSessionRequest,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

const PHONE_MESSAGE = '请输入11位手机号';

export class OtherPartyDto implements OtherPartyInput {
  @ApiPropertyOptional({ format: 'uuid', description: '对方是本社区成员时，按姓名选出的成员' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ maxLength: 32, description: '对方不是成员时：姓名（必填）' })
  @ValidateIf((o: OtherPartyDto) => !o.memberId)
  @IsString()
  @Length(1, 32)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '对方所在楼栋' })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @ApiPropertyOptional({ description: '对方手机号（仅调解员和工作人员可见）' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string;
}

export class CreateMediationDto implements CreateMediationRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ enum: Object.values(DisputeKind) }) @IsIn(Object.values(DisputeKind)) kind: DisputeKind;
  @ApiProperty({ type: OtherPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPartyDto)
  otherParty: OtherPartyDto;
  @ApiProperty({ maxLength: 2000, description: '事情经过' }) @IsString() @Length(5, 2000) account: string;
  @ApiProperty({ maxLength: 1000, description: '希望达成' }) @IsString() @Length(1, 1000) hopes: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @Length(1, 100) preferredTimes?: string;
}

export class OpenMediationCaseDto extends CreateMediationDto implements OpenMediationCaseRequest {
  @ApiProperty({ enum: ['walk_in', 'phone'] }) @IsIn(['walk_in', 'phone']) source: 'walk_in' | 'phone';

  @ApiPropertyOptional({ format: 'uuid', description: '来访人是成员时' })
  @IsOptional()
  @IsUUID()
  requesterId?: string;

  @ApiPropertyOptional({ maxLength: 32, description: '来访人不是成员时：姓名（必填）' })
  @ValidateIf((o: OpenMediationCaseDto) => !o.requesterId)
  @IsString()
  @Length(1, 32)
  requesterName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  requesterPhone?: string;
}

export class AcceptMediationDto implements AcceptMediationRequest {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() mediatorId?: string;
}

export class DeclineMediationDto implements DeclineMediationRequest {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(2, 200) reason: string;
}

export class AssignMediatorDto implements AssignMediatorRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() mediatorId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @ValidateIf((o: AssignMediatorDto) => o.expectedMediatorId !== null)
  @IsUUID()
  expectedMediatorId: string | null;
}

export class ScheduleSessionDto implements ScheduleSessionRequest {
  @ApiProperty({ format: 'date-time' }) @IsDateString() scheduledAt: string;
  @ApiProperty({ maxLength: 100 }) @IsString() @Length(1, 100) venue: string;
}

export class RecordSessionDto implements RecordSessionRequest {
  @ApiProperty({ type: [String], maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 32, { each: true })
  attendees: string[];
  @ApiProperty({ maxLength: 2000 }) @IsString() @Length(1, 2000) notes: string;
}

export class RecordOutcomeDto implements RecordOutcomeRequest {
  @ApiProperty({ enum: Object.values(MediationOutcome) })
  @IsIn(Object.values(MediationOutcome))
  outcome: MediationOutcome;
  @ApiPropertyOptional({ maxLength: 2000, description: '协议内容（达成、部分达成时必填）' })
  @ValidateIf((o: RecordOutcomeDto) => o.outcome !== MediationOutcome.Failed || o.agreement !== undefined)
  @IsString()
  @Length(1, 2000)
  agreement?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '签字协议照片' }) @IsOptional() @IsUUID() photoId?: string;
  @ApiPropertyOptional({ maxLength: 200, description: '未达成时的引导去向（必填）' })
  @ValidateIf((o: RecordOutcomeDto) => o.outcome === MediationOutcome.Failed || o.referral !== undefined)
  @IsString()
  @Length(1, 200)
  referral?: string;
}

export class RecordFollowUpDto implements RecordFollowUpRequest {
  @ApiProperty() @IsBoolean() held: boolean;
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(1, 500) note: string;
}

export class RateMediationDto implements RateMediationRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating: number;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) comment?: string;
}

export class CloseRatingFollowUpDto implements CloseRatingFollowUpRequest {
  @ApiProperty({ maxLength: 500, description: '回访了谁、做了什么' }) @IsString() @Length(2, 500) note: string;
}

export class ListMediationCasesDto extends PageQueryDto implements ListMediationCasesQuery {
  @ApiProperty({ enum: ['mine', 'mediating', 'staff'] })
  @IsIn(['mine', 'mediating', 'staff'])
  view: 'mine' | 'mediating' | 'staff';
  @ApiPropertyOptional({ enum: Object.values(MediationStatus) })
  @IsOptional()
  @IsIn(Object.values(MediationStatus))
  status?: MediationStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() communityId?: string;
}

export class PartiesQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ minLength: 1, maxLength: 16 }) @IsString() @Length(1, 16) q: string;
}

export class CommunityQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
}
