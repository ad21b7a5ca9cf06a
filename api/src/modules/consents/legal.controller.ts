import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LEGAL_VERSIONS, type LegalVersions } from '@tongxin/types';

import { Public } from '../access/authorize.decorator';

@ApiTags('consents')
@Controller('legal')
export class LegalController {
  /** The versions in force, for clients built before the latest texts. */
  @Public()
  @Get('versions')
  versions(): LegalVersions {
    return { ...LEGAL_VERSIONS };
  }
}
