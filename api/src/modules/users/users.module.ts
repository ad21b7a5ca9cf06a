import { Module } from '@nestjs/common';

import { TokensModule } from '../auth/tokens.module';
import { BindingsModule } from '../bindings/bindings.module';
import { RiderApplicationsModule } from '../rider-applications/rider-applications.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({
  imports: [TokensModule, BindingsModule, RiderApplicationsModule],
  controllers: [MeController],
  providers: [MeService],
  exports: [MeService],
})
export class UsersModule {}
