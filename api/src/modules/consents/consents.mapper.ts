import {
  type ConsentStatus,
  type ConsentView,
  LEGAL_DOCUMENTS,
  LEGAL_VERSIONS,
  type LegalDocument,
  pendingDocuments,
} from '@tongxin/types';

import type { Consent } from './consent.entity';

export function toConsentView(consent: Consent): ConsentView {
  return {
    id: consent.id,
    document: consent.document,
    version: consent.version,
    acceptedAt: consent.acceptedAt.toISOString(),
    client: consent.client,
  };
}

export function toConsentStatus(latest: Partial<Record<LegalDocument, string>>): ConsentStatus {
  const accepted = Object.fromEntries(
    LEGAL_DOCUMENTS.map((document) => [document, latest[document] ?? null]),
  ) as Record<LegalDocument, string | null>;
  return { current: { ...LEGAL_VERSIONS }, accepted, pending: pendingDocuments(accepted) };
}
