import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';

import type { ActiveGrant, RecordKind } from './access.repository';
import type { Permission } from './permissions';

/** Where the id of the record a route acts on is found; the guard checks that record's place. */
export interface PlaceRef {
  record: RecordKind;
  param?: string;
  body?: string;
  query?: string;
}

export interface AuthorizeMetadata {
  permission: Permission;
  place?: PlaceRef;
}

export const AUTHORIZE_KEY = 'tongxin:authorize';
export const PUBLIC_KEY = 'tongxin:public';
export const ON_BEHALF_KEY = 'tongxin:on-behalf';

/**
 * The permission a route needs and the place of the record it acts on. Without `place` the caller needs the
 * permission somewhere, and the route's list query must be scoped with `AccessService.scopes`.
 */
export const Authorize = (permission: Permission, place?: PlaceRef) =>
  SetMetadata(AUTHORIZE_KEY, { permission, place } satisfies AuthorizeMetadata);

/** Open to anonymous callers. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * A linked family member may call this route for a parent (亲情代办, the `x-on-behalf-of` header): the route runs
 * as the parent, and `what` is recorded as done on the parent's behalf.
 */
export const OnBehalf = (what: string) => SetMetadata(ON_BEHALF_KEY, what);

export interface Caller {
  userId: string;
  /** Set when a linked family member acts for `userId` (亲情代办): who really made the request. */
  proxyBy?: string;
  /** Loaded by the permission guard on routes with @Authorize. */
  grants?: ActiveGrant[];
}

export interface CallerRequest {
  caller?: Caller;
  params?: Record<string, unknown>;
  body?: unknown;
  query?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** The authenticated caller (routes that are not @Public). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<CallerRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});

/** The caller when a valid token came with a public request, else null. */
export const OptionalCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller | null =>
    context.switchToHttp().getRequest<CallerRequest>().caller ?? null,
);
