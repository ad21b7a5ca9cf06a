import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { FamilyController } from './family.controller';
import { FamilyRepository } from './family.repository';
import { FamilyService } from './family.service';
import { ProxyGuard } from './proxy.guard';
import { ProxyActsInterceptor } from './proxy-acts.interceptor';

/**
 * 亲情代办 (issue 19): links between a parent and a family member, the guard that lets a linked member act for the
 * parent on the routes marked `@OnBehalf`, and the interceptor that records each such act. Orders ask it whether a
 * reporter and a handler are linked (no one is paid for a linked family member's report).
 */
@Module({
  imports: [NotificationsModule],
  controllers: [FamilyController],
  providers: [FamilyRepository, FamilyService, ProxyGuard, ProxyActsInterceptor],
  exports: [FamilyService, ProxyGuard, ProxyActsInterceptor],
})
export class FamilyModule {}
