import { ConsentClient } from '@tongxin/types';

// Platforms without a file of their own (and the type checker and tests) count as the browser build.
export const CONSENT_CLIENT: ConsentClient = ConsentClient.H5;
