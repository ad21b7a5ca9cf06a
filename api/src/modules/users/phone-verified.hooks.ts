import { Injectable } from '@nestjs/common';

/** A member whose phone was just proven theirs (SMS login, WeChat's phone number). */
export interface VerifiedPhone {
  userId: string;
  phoneHash: string;
}

export type PhoneVerifiedHook = (member: VerifiedPhone) => Promise<void>;

/**
 * What happens when a member proves a phone: features that hold something for a phone (a home verified in advance
 * by an import) register here, so auth imports none of them. Hooks run in order, before the session is answered,
 * and must be idempotent: every login runs them again.
 */
@Injectable()
export class PhoneVerifiedHooks {
  private readonly hooks: PhoneVerifiedHook[] = [];

  register(hook: PhoneVerifiedHook): void {
    this.hooks.push(hook);
  }

  async run(member: VerifiedPhone): Promise<void> {
    for (const hook of this.hooks) await hook(member);
  }
}
