import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type CommunityCreatedHook = (communityId: string, manager: EntityManager) => Promise<void>;

/**
 * What a new community starts with, whoever makes it (地点管理 or a places import): features that give a community
 * its first rows (the report categories) register here, so places imports none of them. Hooks run in the
 * transaction that inserts the community, so it never exists without them.
 */
@Injectable()
export class CommunityCreatedHooks {
  private readonly hooks: CommunityCreatedHook[] = [];

  register(hook: CommunityCreatedHook): void {
    this.hooks.push(hook);
  }

  async run(communityIds: readonly string[], manager: EntityManager): Promise<void> {
    for (const id of communityIds) for (const hook of this.hooks) await hook(id, manager);
  }
}
