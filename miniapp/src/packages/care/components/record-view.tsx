import { Text, View } from '@tarojs/components';
import type { CareRecordView } from '@tongxin/types';

import { CardLine as Line } from '@/components/StaffTable';
import { chinaDay } from '@/utils/format-date';

import { CONSENT_BY_LABEL } from './care-copy';
import { VisitDueChip } from './visit-due-chip';

function safetyText(r: CareRecordView): string {
  if (!r.safetyCheck) return '未开通';
  if (r.lastSafeDay === chinaDay()) return '今日已打卡';
  return r.lastSafeDay ? `今天还没打卡（上次 ${r.lastSafeDay}）` : '还没打过卡';
}

/** The record's details for those who keep it: the household, its care, the consent and 平安打卡. */
export function RecordView({ r }: { r: CareRecordView }) {
  return (
    <>
      <View className='form-card care-head'>
        <View className='care-head__top'>
          <Text className='care-head__name'>{r.personName}</Text>
          <VisitDueChip record={r} />
        </View>
        <View className='care-head__categories'>
          {r.categories.map((c) => (
            <Text key={c.id} className='care-category'>
              {c.name}
            </Text>
          ))}
        </View>
        <Line label='住址'>{[r.gridName, r.buildingName, r.household].filter(Boolean).join(' · ')}</Line>
        {r.phone ? <Line label='电话'>{r.phone}</Line> : null}
        <Line label='网格员'>{r.responsible?.name ?? '—'}</Line>
        <Line label='结对帮扶人'>{r.helper?.name ?? '未结对'}</Line>
        {r.nextVisitDue && r.status === 'active' ? (
          <Line label='下次走访'>{chinaDay(Date.parse(r.nextVisitDue))}</Line>
        ) : null}
        {r.reviewOn ? <Line label='复核日期'>{r.reviewOn}</Line> : null}
        <Line label='平安打卡'>{safetyText(r)}</Line>
        <Line label='同意登记'>
          {CONSENT_BY_LABEL[r.consent.by]}同意 · {r.consent.on}
        </Line>
        {r.status === 'closed' ? <Line label='结案原因'>{r.closedReason ?? ''}</Line> : null}
        <Text className='care-head__confidential'>敏感个人信息，仅本网格网格员和帮扶专干可见，每次查看都会留痕</Text>
      </View>
      <View className='form-card care-needs'>
        <Text className='form-card__title'>帮扶需求</Text>
        <Text className='care-needs__text'>{r.needs}</Text>
        {r.situation ? <Line label='基本情况'>{r.situation}</Line> : null}
      </View>
    </>
  );
}
