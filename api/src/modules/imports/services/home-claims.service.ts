import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BindingStatus, NotificationKind, Role } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { newId } from '../../../infra/database/ids';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { PhoneVerifiedHooks, type VerifiedPhone } from '../../users/phone-verified.hooks';
import { HomeClaimsRepository, type LiveBinding, type UnclaimedHome } from '../repositories/home-claims.repository';
import { ImportStateRepository } from '../repositories/import-state.repository';
import { ImportWritesRepository } from '../repositories/import-writes.repository';

const sameHome = (binding: LiveBinding, home: UnclaimedHome) =>
  binding.buildingId === home.buildingId && binding.household === home.label;

/**
 * A home imported from a 住户台账 is verified in advance: the member who proves its phone (SMS login, WeChat's
 * phone number, or already a member when the 台账 is imported) gets the verified binding, the 居民 role on the
 * building and the building as home — as if they had asked and staff had verified, the importer being the
 * reviewer. Claimed once (a conditional UPDATE), audited. A home the member has already had verified elsewhere is
 * left to staff; a pending request is replaced.
 */
@Injectable()
export class HomeClaimsService implements OnModuleInit {
  constructor(
    private readonly claims: HomeClaimsRepository,
    private readonly state: ImportStateRepository,
    private readonly writes: ImportWritesRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly hooks: PhoneVerifiedHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register((member) => this.claimAtLogin(member));
  }

  /** At login: one indexed lookup when nothing waits for the phone, the claim in its own transaction otherwise. */
  async claimAtLogin(member: VerifiedPhone): Promise<void> {
    if ((await this.claims.findUnclaimed([member.phoneHash])).length === 0) return;
    await this.claims.transaction((manager) => this.claim([member], 'login', manager));
  }

  /** Claims the homes waiting for these members' phones; returns how many were claimed. */
  async claim(members: VerifiedPhone[], via: 'login' | 'import', manager: EntityManager): Promise<number> {
    if (members.length === 0) return 0;
    const homes = new Map(
      (
        await this.claims.findUnclaimed(
          members.map((m) => m.phoneHash),
          manager,
        )
      ).map((h) => [h.phoneHash, h]),
    );
    const waiting = members.filter((m) => homes.has(m.phoneHash));
    if (waiting.length === 0) return 0;
    const live = new Map(
      (
        await this.claims.findLiveBindings(
          waiting.map((m) => m.userId),
          manager,
        )
      ).map((b) => [b.userId, b]),
    );
    const won: { userId: string; home: UnclaimedHome; binding: LiveBinding | undefined }[] = [];
    for (const { userId, phoneHash } of waiting) {
      const home = homes.get(phoneHash) as UnclaimedHome;
      const binding = live.get(userId);
      if (binding?.status === BindingStatus.Verified && !sameHome(binding, home)) continue;
      if (await this.claims.markClaimed(home.residentId, userId, manager)) won.push({ userId, home, binding });
    }
    if (won.length === 0) return 0;

    const replaced = won.filter((w) => w.binding?.status === BindingStatus.Pending).map((w) => w.binding!.id);
    await this.claims.withdrawPending(replaced, manager);
    const bindings = won
      .filter((w) => !(w.binding?.status === BindingStatus.Verified && sameHome(w.binding, w.home)))
      .map((w) => ({
        id: newId(),
        userId: w.userId,
        buildingId: w.home.buildingId,
        household: w.home.label,
        reviewedBy: w.home.importedBy,
      }));
    await this.claims.insertVerified(bindings, manager);
    const byBuilding = new Map<string, string[]>();
    for (const w of won) byBuilding.set(w.home.buildingId, [...(byBuilding.get(w.home.buildingId) ?? []), w.userId]);
    for (const [buildingId, userIds] of byBuilding) await this.claims.setHome(userIds, buildingId, manager);

    const key = (w: (typeof won)[number]) => `${w.userId}:${Role.Resident}:${w.home.buildingId}`;
    const held = await this.state.findActiveGrantKeys(won.map(key), manager);
    const grants = await this.writes.insertGrants(
      won
        .filter((w) => !held.has(key(w)))
        .map((w) => ({
          userId: w.userId,
          role: Role.Resident,
          placeId: w.home.buildingId,
          grantedBy: w.home.importedBy,
        })),
      manager,
    );
    const bindingOf = new Map(bindings.map((b) => [b.userId, b.id]));
    const grantOf = new Map(grants.map((g) => [g.userId, g.id]));
    await this.audit.recordMany(
      won.map((w) => ({
        actorId: w.userId,
        action: 'binding.claim' as const,
        targetType: 'binding' as const,
        targetId: bindingOf.get(w.userId) ?? (w.binding as LiveBinding).id,
        placeId: w.home.buildingId,
        details: {
          via,
          importId: w.home.importId,
          importedBy: w.home.importedBy,
          ...(w.binding?.status === BindingStatus.Pending ? { replaced: w.binding.id } : {}),
          grant: grantOf.get(w.userId) ?? null,
        },
      })),
      manager,
    );
    await this.notifications.notifyUsers(
      won.map((w) => w.userId),
      {
        kind: NotificationKind.BindingVerified,
        title: '住址认证已通过',
        body: '社区已按住户台账认证了您的住址，可以报名社区活动、随手拍上报了。',
      },
      manager,
    );
    return won.length;
  }
}
