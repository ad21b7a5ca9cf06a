import type { DemoAccount } from '@tongxin/types';

/** A seeded account offered by demo login, with the user it signs in as. */
export interface DemoAccountEntry extends DemoAccount {
  userId: string;
}

/** The demo accounts, wired in by the composition root from the demo data (auth does not import the seed). */
export const DEMO_ACCOUNTS = Symbol('DEMO_ACCOUNTS');
