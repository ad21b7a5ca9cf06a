import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { maskPhone } from '../crypto/pii-cipher';
import { SmsSender } from './sms.sender';
import { toE164Mainland } from './sms-phone';

/** Development sender: no SMS leaves the machine; the code is written to the log for the developer to read. */
@Injectable()
export class LogSmsSender extends SmsSender {
  constructor(private readonly logger: PinoLogger) {
    super();
    this.logger.setContext(LogSmsSender.name);
  }

  async send(phone: string, code: string): Promise<void> {
    toE164Mainland(phone); // same INVALID_PHONE answer as the real provider
    this.logger.info({ phone: maskPhone(phone), code }, 'SMS not sent (no provider configured): verification code');
  }
}
