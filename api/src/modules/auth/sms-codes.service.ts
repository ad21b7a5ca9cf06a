import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { ErrorCode, type SendSmsCodeResponse } from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { SmsSender } from '../../infra/sms/sms.sender';
import { SmsCode } from './sms-code.entity';
import { SmsCodesRepository } from './sms-codes.repository';

const rateLimited = (message: string, retryAfterSeconds?: number) =>
  new DomainException(ErrorCode.SmsRateLimited, message, retryAfterSeconds ? { retryAfterSeconds } : undefined);

/** SMS login codes: 6 digits, hashed at rest, expiring, single-use, rate-limited, locked after repeated failures. */
@Injectable()
export class SmsCodesService {
  constructor(
    private readonly codes: SmsCodesRepository,
    private readonly sender: SmsSender,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
  ) {}

  async send(phone: string, ip: string): Promise<SendSmsCodeResponse> {
    const limits = this.config.sms;
    const now = Date.now();
    const phoneHash = this.cipher.hash(phone);
    const ipHash = this.cipher.hash(`ip:${ip}`);
    if ((await this.codes.countForPhoneSince(phoneHash, new Date(now - 86_400_000))) >= limits.maxPerPhonePerDay) {
      throw rateLimited('该手机号今日获取验证码次数已达上限');
    }
    if ((await this.codes.countForIpSince(ipHash, new Date(now - 3_600_000))) >= limits.maxPerIpPerHour) {
      throw rateLimited('请求过于频繁，请稍后再试');
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = newId();
    // No cooldown configured: the row's own id keeps the key unique.
    const windowKey =
      limits.cooldownSeconds > 0 ? `${phoneHash}:${Math.floor(now / (limits.cooldownSeconds * 1000))}` : id;
    try {
      await this.codes.insert(
        Object.assign(new SmsCode(), {
          id,
          phoneHash,
          ipHash,
          windowKey,
          codeHash: this.hashCode(phoneHash, code),
          expiresAt: new Date(now + limits.codeTtlSeconds * 1000),
          attempts: 0,
          consumedAt: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw rateLimited('验证码已发送，请稍后再试', limits.cooldownSeconds);
      throw error;
    }
    try {
      await this.sender.send(phone, code);
    } catch (error) {
      // Not sent: do not let the failed attempt hold the cooldown window or count against the caller.
      await this.codes.remove(id);
      throw error;
    }
    return { cooldownSeconds: limits.cooldownSeconds, expiresInSeconds: limits.codeTtlSeconds };
  }

  /** Checks and consumes the newest code for the phone; throws SMS_CODE_INVALID or SMS_CODE_LOCKED. */
  async verify(phone: string, code: string): Promise<void> {
    const { maxAttempts } = this.config.sms;
    const phoneHash = this.cipher.hash(phone);
    const row = await this.codes.findLatest(phoneHash);
    const now = new Date();
    if (!row || row.consumedAt || row.expiresAt <= now) {
      throw new DomainException(ErrorCode.SmsCodeInvalid, '验证码错误或已过期');
    }
    if (row.attempts >= maxAttempts) throw locked();
    const expected = Buffer.from(row.codeHash, 'hex');
    const given = Buffer.from(this.hashCode(phoneHash, code), 'hex');
    if (!timingSafeEqual(expected, given)) {
      const counted = await this.codes.recordFailedAttempt(row.id, maxAttempts);
      if (!counted || row.attempts + 1 >= maxAttempts) throw locked();
      throw new DomainException(ErrorCode.SmsCodeInvalid, '验证码错误或已过期', {
        attemptsLeft: maxAttempts - row.attempts - 1,
      });
    }
    if (!(await this.codes.consume(row.id, maxAttempts, now))) {
      throw new DomainException(ErrorCode.SmsCodeInvalid, '验证码错误或已过期');
    }
  }

  private hashCode(phoneHash: string, code: string): string {
    return createHmac('sha256', this.config.pii.hashKey).update(`${phoneHash}:${code}`).digest('hex');
  }
}

const locked = () => new DomainException(ErrorCode.SmsCodeLocked, '验证码错误次数过多，请重新获取');
