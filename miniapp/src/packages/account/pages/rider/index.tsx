import '@/styles/form.scss';
import './index.scss';

import { PageShell } from '@/components/PageShell';

import { MyApplications } from './my-applications';
import { RiderApplicationForm } from './rider-application-form';

export default function RiderApplicationPage() {
  return (
    <PageShell className='rider-page'>
      <RiderApplicationForm />
      <MyApplications />
    </PageShell>
  );
}
