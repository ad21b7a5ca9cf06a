import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { AppConfig } from '../../infra/config/app-config';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [TokensService, RefreshTokensRepository, JwtAuthGuard],
  exports: [TokensService, JwtAuthGuard],
})
export class TokensModule {}
