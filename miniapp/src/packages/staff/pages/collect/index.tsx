import '@/styles/form.scss';
import '../../components/review.scss';
import '../../components/staff-points.scss';

import { Text } from '@tarojs/components';

import { StaffPage } from '@/components/StaffPage';

import { CollectPanel } from './collect-panel';

export default function StaffCollectPage() {
  return (
    <StaffPage className='staff-collect-page'>
      <Text className='form-hint'>居民在「我的兑换」出示取货码，核销后请把商品交给居民。</Text>
      <CollectPanel />
    </StaffPage>
  );
}
