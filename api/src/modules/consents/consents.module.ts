import { Module } from '@nestjs/common';

import { ConsentsController } from './consents.controller';
import { ConsentsRepository } from './consents.repository';
import { ConsentsService } from './consents.service';
import { LegalController } from './legal.controller';

/** 隐私政策 / 用户协议 agreements (PIPL consent records) and the versions in force. */
@Module({
  controllers: [ConsentsController, LegalController],
  providers: [ConsentsService, ConsentsRepository],
})
export class ConsentsModule {}
