import { Module } from '@nestjs/common';

import { AuthModule } from '../modules/auth/auth.module';
import { TokensModule } from '../modules/auth/tokens.module';
import { BindingsModule } from '../modules/bindings/bindings.module';
import { GrantsModule } from '../modules/grants/grants.module';
import { ModerationModule } from '../modules/moderation/moderation.module';
import { PlacesModule } from '../modules/places/places.module';
import { RiderApplicationsModule } from '../modules/rider-applications/rider-applications.module';
import { RiderRoutesModule } from '../modules/rider-routes/rider-routes.module';
import { UsersModule } from '../modules/users/users.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { WechatPhoneController } from './wechat-phone.controller';

/**
 * `/me`: the member's own account, composed over features (account, home, roles, rider application, sessions),
 * so it sits above them rather than inside one of them.
 */
@Module({
  imports: [
    UsersModule,
    AuthModule,
    TokensModule,
    BindingsModule,
    RiderApplicationsModule,
    RiderRoutesModule,
    GrantsModule,
    ModerationModule,
    PlacesModule,
  ],
  controllers: [MeController, WechatPhoneController],
  providers: [MeService],
})
export class MeModule {}
