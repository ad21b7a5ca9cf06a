import {
  type AcceptConsentsRequest,
  ApiRoute,
  type ConsentStatus,
  LEGAL_DOCUMENTS,
  LEGAL_VERSIONS,
  type LegalDocument,
} from '@tongxin/types';

import { CONSENT_CLIENT } from './client-platform';
import { request } from './request';

export function getConsentStatus(): Promise<ConsentStatus> {
  return request<ConsentStatus>(ApiRoute.MyConsentStatus);
}

/** Agrees to the versions of `documents` this build shows (the ones in @tongxin/types). */
export function acceptConsents(documents: readonly LegalDocument[] = LEGAL_DOCUMENTS): Promise<ConsentStatus> {
  const body: AcceptConsentsRequest = {
    documents: documents.map((document) => ({ document, version: LEGAL_VERSIONS[document] })),
    client: CONSENT_CLIENT,
  };
  return request<ConsentStatus>(ApiRoute.MyConsents, { method: 'POST', body });
}
