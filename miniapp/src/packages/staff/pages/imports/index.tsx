import '@/styles/form.scss';
import './imports.scss';

import { Text, View } from '@tarojs/components';
import { PlaceLevel, Role } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { StaffPage } from '@/components/StaffPage';
import { useMeQuery } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

import { ImportHistory } from './import-history';
import { ImportPanel } from './import-panel';

const IMPORTER_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];

/** The streets and communities the caller administers: where a workbook may go. */
function useImportScopes() {
  const me = useMeQuery();
  const seen = new Set<string>();
  const scopes = (me.data?.roles ?? [])
    .filter(
      (grant) =>
        IMPORTER_ROLES.includes(grant.role) &&
        (grant.placeLevel === PlaceLevel.Street || grant.placeLevel === PlaceLevel.Community),
    )
    .filter((grant) => !seen.has(grant.placeId) && seen.add(grant.placeId))
    .map((grant) => ({ value: grant.placeId, label: grant.placeName }));
  return { me, scopes };
}

function ImportsContent() {
  const { me, scopes } = useImportScopes();
  const [chosen, setChosen] = useState<string | null>(null);
  if (me.isPending) return <ListState variant='loading' />;
  if (me.isError) return <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />;
  if (scopes.length === 0) return <ListState variant='empty' text='只有社区工作人员和街道管理员可以导入数据' />;
  const scopeId = chosen && scopes.some((s) => s.value === chosen) ? chosen : scopes[0].value;
  return (
    <View className='imports-layout'>
      <View className='imports-layout__main'>
        <View className='imports-scope'>
          <Text className='imports-scope__label'>导入到</Text>
          {scopes.length > 1 ? (
            <ChoiceChips options={scopes} selected={[scopeId]} onChange={([id]) => setChosen(id ?? null)} />
          ) : (
            <Text className='imports-scope__name'>{scopes[0].label}</Text>
          )}
        </View>
        <ImportPanel key={scopeId} scopeId={scopeId} />
      </View>
      <ImportHistory />
    </View>
  );
}

/** 数据导入 (community staff, street admins): set up places, households, staff and units from the 台账 workbooks. */
export default function StaffImportsPage() {
  return (
    <StaffPage title='数据导入' className='staff-imports-page'>
      <Text className='form-hint'>
        用社区现有的 Excel
        台账批量建立地点、住户、工作人员和阵地。每次先「试导入」查看结果，确认无误再导入；同一文件重复导入不会重复创建。
      </Text>
      <ImportsContent />
    </StaffPage>
  );
}
