import '@/styles/form.scss';
import './index.scss';

import { PageShell } from '@/components/PageShell';

import { HomeBinding } from './home-binding';
import { ProfileForm } from './profile-form';

export default function ProfilePage() {
  return (
    <PageShell className='profile-page'>
      <ProfileForm />
      <HomeBinding />
    </PageShell>
  );
}
