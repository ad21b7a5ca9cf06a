import { Text, View } from '@tarojs/components';
import { REDEMPTION_STATUS_LABEL, type RedemptionView } from '@tongxin/types';
import { useState } from 'react';

import { useCollectRedemptionMutation } from '@/hooks/use-mall-query';
import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';
import { CodeEntry } from './code-entry';
import { collectErrorMessage } from './collect-error';

function CollectedCard({ redemption }: { redemption: RedemptionView }) {
  return (
    <View className='form-card collect-result'>
      <Text className='collect-result__status'>{REDEMPTION_STATUS_LABEL[redemption.status] ?? redemption.status}</Text>
      <Text className='form-card__title'>
        请把「{redemption.itemName}」交给 {redemption.memberNickname}
      </Text>
      <ReviewLine label='商品' value={redemption.itemName} />
      <ReviewLine label='兑换人' value={redemption.memberNickname} />
      <ReviewLine label='积分' value={`${redemption.points}`} />
      <ReviewLine label='领取地点' value={redemption.pickupPlace} />
      {redemption.collectedAt ? <ReviewLine label='领取时间' value={formatDateTime(redemption.collectedAt)} /> : null}
    </View>
  );
}

/** Reads a pickup code (scanned or typed), collects it, and shows the redemption or why it was refused. */
export function CollectPanel() {
  const collect = useCollectRedemptionMutation();
  const [result, setResult] = useState<RedemptionView | null>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(code: string): void {
    setResult(null);
    setError(null);
    collect.mutate(code, { onSuccess: setResult, onError: (failure) => setError(collectErrorMessage(failure)) });
  }

  return (
    <>
      <CodeEntry busy={collect.isPending} onCode={submit} />
      {error ? (
        <View className='form-card collect-error'>
          <Text className='collect-error__title'>核销失败</Text>
          <Text className='collect-error__message'>{error}</Text>
        </View>
      ) : null}
      {result ? <CollectedCard redemption={result} /> : null}
    </>
  );
}
