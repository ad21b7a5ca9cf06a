import { LEGAL_DOCUMENT_LABEL, PRIVACY_POLICY_VERSION } from '@tongxin/types';

import { PageShell } from '@/components/PageShell';

import { LegalDocument } from '../../components/legal-document';
import { PRIVACY_SECTIONS } from './privacy-text';

export default function PrivacyPolicyPage() {
  return (
    <PageShell className='legal-page legal-page--privacy'>
      <LegalDocument
        title={`同心${LEGAL_DOCUMENT_LABEL.privacy}`}
        version={PRIVACY_POLICY_VERSION}
        sections={PRIVACY_SECTIONS}
      />
    </PageShell>
  );
}
