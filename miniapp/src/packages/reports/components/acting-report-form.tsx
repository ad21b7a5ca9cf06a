import { Text, View } from '@tarojs/components';
import type { ReportKind } from '@tongxin/types';
import { useState } from 'react';

import { CommunityChips } from '@/components/CommunityChips';
import type { ActingFor } from '@/stores/acting-for';

import { ReportForm } from './report-form';

/**
 * 亲情代办: a need or report filed for the parent goes to the grid of the parent's home, often in another city than the
 * family member's own: their community is picked first, then the form as usual (without photos).
 */
export function ActingReportForm({ kind, acting }: { kind: ReportKind; acting: ActingFor }) {
  const [community, setCommunity] = useState<{ id: string; name: string } | null>(null);
  if (!community) {
    return (
      <View className='form-card acting-community'>
        <Text className='form-card__title'>{`${acting.parentName}住在哪个社区？`}</Text>
        <Text className='form-hint'>会送到该社区的网格，由网格员办理</Text>
        <CommunityChips selected={null} onChange={(id, name) => setCommunity({ id, name })} />
      </View>
    );
  }
  return <ReportForm kind={kind} community={{ ...community, gridId: null }} actingFor={acting} />;
}
