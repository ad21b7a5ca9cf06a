import '../../components/review.scss';
import './moderation.scss';

import { Text } from '@tarojs/components';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StaffPage } from '@/components/StaffPage';
import type { CaseStatus } from '@/hooks/use-moderation-query';

import { ModerationQueue } from './moderation-queue';

const TABS = [
  { value: 'open', label: '待处理' },
  { value: 'decided', label: '已处理' },
];

/**
 * 内容审核 (community staff and street admins): what the content checks held and what members flagged, in the
 * caller's places; pass (shown to everyone again) or remove, with a reason the author is told.
 */
export default function StaffModerationPage() {
  const [status, setStatus] = useState<CaseStatus>('open');
  return (
    <StaffPage className='staff-moderation-page review-page'>
      <Text className='page-shell__title'>内容审核</Text>
      <Text className='form-hint staff-moderation__note'>
        被关键词或微信内容安全拦下、被图片检测判为可疑、或被居民举报的内容在这里等待处理；处理前其他人看不到。
      </Text>
      <ChoiceChips
        className='staff-moderation__tabs'
        options={TABS}
        selected={[status]}
        onChange={([value]) => setStatus(value === 'decided' ? 'decided' : 'open')}
      />
      <ModerationQueue key={status} status={status} />
    </StaffPage>
  );
}
