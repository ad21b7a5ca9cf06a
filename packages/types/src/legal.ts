import type { PageQuery } from './pagination';

/** The documents a member agrees to: 隐私政策 and 用户协议. */
export const LegalDocument = {
  Privacy: 'privacy',
  Terms: 'terms',
} as const;
export type LegalDocument = (typeof LegalDocument)[keyof typeof LegalDocument];
export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [LegalDocument.Privacy, LegalDocument.Terms];

/** The 隐私政策 in force. Moving it asks every member to agree again at their next visit after login. */
export const PRIVACY_POLICY_VERSION = '2026-12-06';
/** The 用户协议 in force. */
export const USER_AGREEMENT_VERSION = '2026-12-01';

/** The version in force of each document. */
export type LegalVersions = Record<LegalDocument, string>;
export const LEGAL_VERSIONS: LegalVersions = {
  privacy: PRIVACY_POLICY_VERSION,
  terms: USER_AGREEMENT_VERSION,
};

export const LEGAL_DOCUMENT_LABEL: Record<LegalDocument, string> = {
  privacy: '隐私政策',
  terms: '用户协议',
};

/** Where the member agreed. */
export const ConsentClient = {
  Weapp: 'weapp',
  H5: 'h5',
} as const;
export type ConsentClient = (typeof ConsentClient)[keyof typeof ConsentClient];

export interface AcceptedDocument {
  document: LegalDocument;
  /** The version the member was shown; it must be the one in force. */
  version: string;
}

export interface AcceptConsentsRequest {
  documents: AcceptedDocument[];
  client: ConsentClient;
}

/** One agreement: who agreed (the caller), to which version of which document, when and where. */
export interface ConsentView {
  id: string;
  document: LegalDocument;
  version: string;
  acceptedAt: string;
  client: ConsentClient;
}

export type ListConsentsQuery = PageQuery;

/** What the member has agreed to, against what is in force: `pending` lists the documents to ask about. */
export interface ConsentStatus {
  current: LegalVersions;
  accepted: Record<LegalDocument, string | null>;
  pending: LegalDocument[];
}

/** The documents whose version in force differs from the one the member last agreed to. */
export function pendingDocuments(
  accepted: Partial<Record<LegalDocument, string | null>>,
  current: LegalVersions = LEGAL_VERSIONS,
): LegalDocument[] {
  return LEGAL_DOCUMENTS.filter((document) => accepted[document] !== current[document]);
}
