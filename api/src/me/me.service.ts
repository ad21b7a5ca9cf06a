import { Injectable } from '@nestjs/common';
import { ErrorCode, type MeResponse } from '@tongxin/types';

import { DomainException } from '../infra/http/domain.exception';
import { AuthService } from '../modules/auth/auth.service';
import { TokensService } from '../modules/auth/tokens.service';
import { BindingsRepository } from '../modules/bindings/bindings.repository';
import { GrantsRepository } from '../modules/grants/grants.repository';
import { ContentScreenService } from '../modules/moderation/content-screen.service';
import { PlacesRepository } from '../modules/places/places.repository';
import { RiderApplicationsRepository } from '../modules/rider-applications/rider-applications.repository';
import { RiderRoutesService } from '../modules/rider-routes/rider-routes.service';
import type { User } from '../modules/users/user.entity';
import { UsersRepository } from '../modules/users/users.repository';
import { UsersService } from '../modules/users/users.service';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { toHome } from './me.mapper';

/** The member's own account: see it, edit what is theirs, delete it. */
@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly grants: GrantsRepository,
    private readonly bindings: BindingsRepository,
    private readonly applications: RiderApplicationsRepository,
    private readonly tokens: TokensService,
    private readonly auth: AuthService,
    private readonly screen: ContentScreenService,
    private readonly places: PlacesRepository,
    private readonly routes: RiderRoutesService,
  ) {}

  /** Links the phone WeChat vouches for, then answers with the account as it now stands. */
  async linkWechatPhone(userId: string, code: string): Promise<MeResponse> {
    await this.auth.linkWechatPhone(userId, code);
    return this.get(userId);
  }

  async get(userId: string): Promise<MeResponse> {
    const user = await this.activeUser(userId);
    const binding = await this.bindings.findLiveForUser(userId);
    return {
      ...(await this.accounts.summary(user)),
      home: binding ? toHome(binding) : null,
      createdAt: user.createdAt.toISOString(),
    };
  }

  /**
   * A nickname is shown wherever the member appears, so it is screened like any text for others — but refused
   * rather than held: a held nickname would have to be masked on every view that names a member.
   */
  async update(userId: string, body: UpdateProfileDto): Promise<MeResponse> {
    const user = await this.activeUser(userId);
    const fields: Partial<User> = {};
    if (body.nickname !== undefined && body.nickname !== user.nickname) {
      const home = user.homePlaceId ? await this.places.findActiveById(user.homePlaceId) : null;
      const verdict = await this.screen.screen({
        authorId: userId,
        texts: [body.nickname],
        scene: 1,
        placePath: home?.path ?? null,
      });
      if (verdict.outcome === 'held') {
        throw new DomainException(ErrorCode.ContentRisky, '昵称含有不适合公开的词语，请换一个');
      }
      fields.nickname = body.nickname;
    }
    if (body.avatarUrl !== undefined) fields.avatarUrl = body.avatarUrl;
    if (Object.keys(fields).length > 0) await this.users.updateProfile(userId, fields);
    return this.get(userId);
  }

  /**
   * Deletes the account: personal fields cleared, roles revoked, open requests withdrawn, 我的顺路 forgotten, sessions
   * ended.
   * The row stays, anonymised, where other records (reviews, audit entries) must keep a reference.
   */
  async delete(userId: string): Promise<void> {
    await this.users.transaction(async (manager) => {
      if (!(await this.users.anonymise(userId, new Date(), manager))) {
        throw new DomainException(ErrorCode.Unauthenticated, '账号不存在或已注销');
      }
      await this.grants.revokeAllForUser(userId, manager);
      await this.bindings.withdrawLiveForUser(userId, manager);
      await this.applications.withdrawPendingForUser(userId, manager);
      await this.routes.forget(userId, manager);
    });
    await this.tokens.revokeAllForUser(userId);
  }

  private async activeUser(userId: string): Promise<User> {
    const user = await this.users.findActiveById(userId);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, '账号不存在或已注销');
    return user;
  }
}
