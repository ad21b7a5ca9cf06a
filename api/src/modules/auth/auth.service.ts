import { Inject, Injectable } from '@nestjs/common';
import { type AuthTokens, type DemoAccount, ErrorCode, PHONE_PATTERN } from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { WechatClient } from '../../infra/wechat/wechat.client';
import { PhoneVerifiedHooks } from '../users/phone-verified.hooks';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, type DemoAccountEntry } from './demo-accounts';
import { SmsCodesService } from './sms-codes.service';
import { TokensService } from './tokens.service';

/** Login by WeChat, by phone + SMS code, or (demo mode only) as a seeded demo account. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokensService,
    private readonly smsCodes: SmsCodesService,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
    private readonly wechat: WechatClient,
    private readonly accounts: UsersService,
    private readonly phoneVerified: PhoneVerifiedHooks,
    @Inject(DEMO_ACCOUNTS) private readonly demos: readonly DemoAccountEntry[],
  ) {}

  sendSmsCode(phone: string, ip: string) {
    return this.smsCodes.send(phone, ip);
  }

  async smsLogin(phone: string, code: string): Promise<AuthTokens> {
    await this.smsCodes.verify(phone, code);
    const phoneHash = this.cipher.hash(phone);
    const user = await this.findOrCreate(
      () => this.users.findByPhoneHash(phoneHash),
      () => ({ phoneCipher: this.cipher.encrypt(phone), phoneHash, nickname: `居民${phone.slice(-4)}` }),
    );
    // Before the session is answered, so a home verified in advance is already in the roles it carries.
    await this.phoneVerified.run({ userId: user.id, phoneHash });
    return this.session(user);
  }

  async wechatLogin(code: string): Promise<AuthTokens> {
    const { openid } = await this.wechat.code2Session(code);
    const user = await this.findOrCreate(
      () => this.users.findByOpenid(openid),
      () => ({ wechatOpenid: openid, nickname: '微信用户' }),
    );
    return this.session(user);
  }

  /** Links the phone the member shared through WeChat's getPhoneNumber to their account. */
  /** Links the phone WeChat vouches for to the member's account. */
  async linkWechatPhone(userId: string, code: string): Promise<void> {
    const { purePhoneNumber, countryCode } = await this.wechat.getPhoneNumber(code);
    if (countryCode !== '86' || !PHONE_PATTERN.test(purePhoneNumber)) {
      throw new DomainException(ErrorCode.InvalidPhone, '仅支持中国大陆手机号');
    }
    const phoneHash = this.cipher.hash(purePhoneNumber);
    try {
      await this.users.setPhone(userId, this.cipher.encrypt(purePhoneNumber), phoneHash);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '该手机号已绑定其他账号');
      throw error;
    }
    await this.phoneVerified.run({ userId, phoneHash });
  }

  async refresh(refreshToken: string): Promise<AuthTokens> {
    const { userId, tokens } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findActiveById(userId);
    if (!user) throw new DomainException(ErrorCode.TokenInvalid, '账号不存在或已注销');
    return { ...tokens, user: await this.accounts.summary(user) };
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  demoAccounts(): DemoAccount[] {
    this.assertDemo();
    return this.demos.map(({ key, nickname, roles, description }) => ({ key, nickname, roles, description }));
  }

  async demoLogin(account: string): Promise<AuthTokens> {
    this.assertDemo();
    const demo = this.demos.find((d) => d.key === account);
    const user = demo ? await this.users.findActiveById(demo.userId) : null;
    if (!user) throw new DomainException(ErrorCode.NotFound, '演示账号不存在');
    return this.session(user);
  }

  private assertDemo(): void {
    if (this.config.mode !== 'demo')
      throw new DomainException(ErrorCode.DemoLoginDisabled, '演示登录仅在演示模式下可用');
  }

  private async session(user: User): Promise<AuthTokens> {
    return { ...(await this.tokens.issue(user.id)), user: await this.accounts.summary(user) };
  }

  /** First login creates the member; a concurrent first login that lost the unique key reads the winner's row. */
  private async findOrCreate(find: () => Promise<User | null>, fields: () => Partial<User>): Promise<User> {
    const existing = await find();
    if (existing) return this.assertActive(existing);
    const user = Object.assign(new User(), {
      id: newId(),
      nickname: '',
      avatarUrl: null,
      homePlaceId: null,
      phoneCipher: null,
      phoneHash: null,
      wechatOpenid: null,
      deletedAt: null,
      ...fields(),
    });
    try {
      await this.users.insert(user);
      return user;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await find();
      if (!winner) throw error;
      return this.assertActive(winner);
    }
  }

  private assertActive(user: User): User {
    if (user.deletedAt) throw new DomainException(ErrorCode.Unauthenticated, '账号已注销');
    return user;
  }
}
