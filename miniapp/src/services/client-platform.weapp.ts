import { ConsentClient } from '@tongxin/types';

export const CONSENT_CLIENT: ConsentClient = ConsentClient.Weapp;
