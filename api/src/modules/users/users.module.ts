import { Global, Module } from '@nestjs/common';

import { PhoneVerifiedHooks } from './phone-verified.hooks';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/**
 * Member accounts: the users table and the member's summary. Global, like audit, because nearly every feature reads
 * members. The `/me` routes are composed above the features (`src/me/`).
 */
@Global()
@Module({
  providers: [UsersRepository, UsersService, PhoneVerifiedHooks],
  exports: [UsersRepository, UsersService, PhoneVerifiedHooks],
})
export class UsersModule {}
