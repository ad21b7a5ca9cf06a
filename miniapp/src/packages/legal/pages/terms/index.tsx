import { LEGAL_DOCUMENT_LABEL, USER_AGREEMENT_VERSION } from '@tongxin/types';

import { PageShell } from '@/components/PageShell';

import { LegalDocument } from '../../components/legal-document';
import { TERMS_SECTIONS } from './terms-text';

export default function UserAgreementPage() {
  return (
    <PageShell className='legal-page legal-page--terms'>
      <LegalDocument
        title={`同心${LEGAL_DOCUMENT_LABEL.terms}`}
        version={USER_AGREEMENT_VERSION}
        sections={TERMS_SECTIONS}
      />
    </PageShell>
  );
}
