import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { UsersRepository } from '../users/users.repository';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionsCache } from './sessions.cache';

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Short-lived JWT access tokens and rotating, revocable refresh tokens (stored hashed). */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsCache,
  ) {}

  async issue(userId: string, familyId: string = newId()): Promise<IssuedTokens> {
    const session = await this.users.findSession(userId);
    if (!session || session.deleted) throw new DomainException(ErrorCode.TokenInvalid, '账号不存在或已注销');
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(
      Object.assign(new RefreshToken(), {
        id: newId(),
        userId,
        familyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.auth.refreshTtlDays * 86_400_000),
        rotatedAt: null,
        revokedAt: null,
      }),
    );
    const accessToken = await this.jwt.signAsync(
      { sub: userId, typ: 'access', sv: session.sessionVersion },
      { expiresIn: this.config.auth.accessTtlSeconds, algorithm: 'HS256' },
    );
    return { accessToken, expiresIn: this.config.auth.accessTtlSeconds, refreshToken };
  }

  /**
   * Rotates a refresh token. A token that was already rotated is being replayed — by a thief or by the
   * owner after a thief — so the whole family is revoked and both must log in again.
   */
  async rotate(refreshToken: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    const now = new Date();
    const row = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!row || row.revokedAt || row.expiresAt <= now) {
      throw new DomainException(ErrorCode.TokenInvalid, '登录已失效，请重新登录');
    }
    if (row.rotatedAt || !(await this.refreshTokens.rotateIfLive(row.id, now))) {
      await this.refreshTokens.revokeFamily(row.familyId, now);
      throw new DomainException(ErrorCode.RefreshTokenReused, '登录凭证已被使用，为安全起见请重新登录');
    }
    return { userId: row.userId, tokens: await this.issue(row.userId, row.familyId) };
  }

  /**
   * Logout: revokes the token's family and moves the member's session version, so access tokens already handed out
   * stop working on the next request. Unknown tokens are ignored (logout is idempotent).
   */
  async revoke(refreshToken: string): Promise<void> {
    const row = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!row || row.revokedAt) return;
    await this.refreshTokens.revokeFamily(row.familyId, new Date());
    await this.users.bumpSessionVersion(row.userId);
    this.sessions.invalidate(row.userId);
  }

  /** Every session of the member ends (account deletion: the caller has already moved the session version). */
  async revokeAllForUser(userId: string): Promise<void> {
    await this.refreshTokens.revokeAllForUser(userId, new Date());
    this.sessions.invalidate(userId);
  }
}
