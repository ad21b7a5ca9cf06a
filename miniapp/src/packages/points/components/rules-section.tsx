import { Text, View } from '@tarojs/components';
import { POINTS_SOURCE_LABEL, type PointsRuleView } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { usePointsRulesQuery } from '@/hooks/use-points-query';
import { errorMessage } from '@/services/api-error';

function capText(rule: PointsRuleView): string {
  const caps = [
    rule.dailyCap !== null ? `每日最多 ${rule.dailyCap}` : '',
    rule.monthlyCap !== null ? `每月最多 ${rule.monthlyCap}` : '',
  ].filter(Boolean);
  return caps.length > 0 ? caps.join('，') : '不封顶';
}

/** 积分规则 of the member's community: what earns how much, with the caps. */
export function RulesSection({ communityId, communityName }: { communityId: string; communityName: string }) {
  const rules = usePointsRulesQuery(communityId);
  return (
    <View className='points-card rules-section'>
      <Text className='points-card__title'>积分规则 · {communityName}</Text>
      {rules.isPending ? <ListState variant='loading' /> : null}
      {rules.isError ? (
        <ListState variant='error' detail={errorMessage(rules.error)} onRetry={() => rules.refetch()} />
      ) : null}
      {rules.data && rules.data.length === 0 ? <ListState variant='empty' text='本社区暂未设置积分规则' /> : null}
      {rules.data?.map((rule) => (
        <View key={rule.source} className={`rule-row${rule.enabled ? '' : ' rule-row--disabled'}`}>
          <View className='rule-row__body'>
            <Text className='rule-row__label'>{POINTS_SOURCE_LABEL[rule.source] ?? rule.source}</Text>
            <Text className='rule-row__caps'>{rule.enabled ? capText(rule) : '暂停'}</Text>
          </View>
          <Text className='rule-row__points'>+{rule.points}</Text>
        </View>
      ))}
    </View>
  );
}
