import type { DemoAccountEntry } from '../auth/demo-accounts';
import { DEMO_USERS, demoUserId } from './demo-data';

/** The seeded accounts demo login offers (handed to auth by the composition root). */
export function demoAccountEntries(): DemoAccountEntry[] {
  return DEMO_USERS.map((d) => ({
    key: d.key,
    userId: demoUserId(d.key),
    nickname: d.nickname,
    roles: [...new Set(d.grants.map((g) => g.role))],
    description: d.description,
  }));
}
