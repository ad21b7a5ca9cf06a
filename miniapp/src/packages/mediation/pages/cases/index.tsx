import '../../components/mediation.scss';

import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { MEDIATION_STATUS_LABEL, type MediationStatus } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StaffPage } from '@/components/StaffPage';
import { PagePath } from '@/routes';

import { CaseList } from '../../components/case-list';

const STATUSES = [
  { value: 'all', label: '全部' },
  ...(Object.keys(MEDIATION_STATUS_LABEL) as MediationStatus[]).map((s) => ({
    value: s,
    label: MEDIATION_STATUS_LABEL[s],
  })),
];

/** 工作室案件 (view=staff: the communities the 负责人 runs) or 我的调解案件 (view=mediating: assigned to me). */
export default function MediationCasesPage() {
  const staff = useRouter().params.view === 'staff';
  const [status, setStatus] = useState('all');
  return (
    <StaffPage
      title={staff ? '石榴调解工作室' : '我的调解案件'}
      className={`mediation-cases-page mediation-cases-page--${staff ? 'staff' : 'mediating'}`}
      actions={
        staff ? (
          <Button
            className='mediation-cases__walk-in'
            type='primary'
            size='small'
            onClick={() => Taro.navigateTo({ url: PagePath.MediationWalkIn })}
          >
            登记来访
          </Button>
        ) : null
      }
    >
      <ChoiceChips
        className='staff-chips mediation-cases__statuses'
        options={STATUSES}
        selected={[status]}
        onChange={([value]) => setStatus(value ?? 'all')}
      />
      <CaseList
        view={staff ? 'staff' : 'mediating'}
        status={status === 'all' ? null : (status as MediationStatus)}
        emptyText={staff ? '没有符合条件的案件' : '还没有指派给你的案件'}
      />
    </StaffPage>
  );
}
