import { ApiProperty } from '@nestjs/swagger';
import type { PutScorecardWeightsRequest, ScorecardWeights } from '@tongxin/types';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';

export class ScorecardWeightsDto implements ScorecardWeights {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  onTime: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  satisfaction: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  reopen: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  visits: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  participation: number;
}

export class PutScorecardWeightsDto implements PutScorecardWeightsRequest {
  @ApiProperty({ type: ScorecardWeightsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScorecardWeightsDto)
  weights: ScorecardWeightsDto;
}
