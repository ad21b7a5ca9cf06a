import { ERROR_HTTP_STATUS, type ErrorCode } from '@tongxin/types';

/** A failure the client can act on: carries an ErrorCode from @tongxin/types. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainException';
  }

  get status(): number {
    return ERROR_HTTP_STATUS[this.code];
  }
}
