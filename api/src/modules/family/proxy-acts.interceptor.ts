import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, type Observable, switchMap } from 'rxjs';

import { type CallerRequest, ON_BEHALF_KEY } from '../access/authorize.decorator';
import { FamilyService } from './family.service';

/** After a request made for a parent succeeds, records what was done on their behalf (reads are not recorded). */
@Injectable()
export class ProxyActsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly family: FamilyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<CallerRequest & { method?: string; url?: string }>();
    const caller = request.caller;
    if (!caller?.proxyBy || request.method === 'GET') return next.handle();
    const what = this.reflector.getAllAndOverride<string>(ON_BEHALF_KEY, [context.getHandler(), context.getClass()]);
    return next
      .handle()
      .pipe(
        switchMap((result) =>
          from(
            this.family
              .recordAct({ parentId: caller.userId, childId: caller.proxyBy as string, what, path: request.url ?? '' })
              .then(() => result),
          ),
        ),
      );
  }
}
