import { ApiProperty } from '@nestjs/swagger';
import {
  type AcceptConsentsRequest,
  type AcceptedDocument,
  ConsentClient,
  LEGAL_DOCUMENTS,
  type LegalDocument,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class AcceptedDocumentDto implements AcceptedDocument {
  @ApiProperty({ enum: LEGAL_DOCUMENTS })
  @IsIn(LEGAL_DOCUMENTS)
  document: LegalDocument;

  @ApiProperty({ maxLength: 32, example: '2026-12-01' })
  @IsString()
  @MaxLength(32)
  version: string;
}

export class AcceptConsentsDto implements AcceptConsentsRequest {
  @ApiProperty({ type: [AcceptedDocumentDto], minItems: 1, maxItems: LEGAL_DOCUMENTS.length })
  @IsArray()
  // ValidateNested passes arrays nested in the array: each item must be an object.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AcceptedDocumentDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(LEGAL_DOCUMENTS.length)
  documents: AcceptedDocumentDto[];

  @ApiProperty({ enum: Object.values(ConsentClient) })
  @IsIn(Object.values(ConsentClient))
  client: ConsentClient;
}
