import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REDEMPTION_STATUS_LABEL, RedemptionStatus, type RedemptionView } from '@tongxin/types';
import { useState } from 'react';

import { useCancelRedemptionMutation } from '@/hooks/use-mall-query';
import { formatDateTime } from '@/utils/format-date';
import { pointsErrorMessage } from '@/utils/points-error-message';

import { PickupCode } from './pickup-code';

/** One redemption: status, points and, while it awaits pickup, the code and a cancel button. */
export function RedemptionCard({ redemption }: { redemption: RedemptionView }) {
  const cancel = useCancelRedemptionMutation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const awaiting = redemption.status === RedemptionStatus.AwaitingPickup;

  async function confirmCancel(): Promise<void> {
    setError(null);
    try {
      await cancel.mutateAsync(redemption.id);
    } catch (failure) {
      setError(pointsErrorMessage(failure));
      throw failure;
    }
    Taro.showToast({ title: '已取消，积分已退回', icon: 'none' });
  }

  return (
    <View className={`redemption-card redemption-card--${redemption.status}`}>
      <View className='redemption-card__head'>
        <Text className='redemption-card__name'>{redemption.itemName}</Text>
        <Text className={`redemption-status redemption-status--${redemption.status}`}>
          {REDEMPTION_STATUS_LABEL[redemption.status] ?? redemption.status}
        </Text>
      </View>
      <Text className='redemption-card__line'>花费 {redemption.points} 积分</Text>
      <Text className='redemption-card__line'>兑换时间：{formatDateTime(redemption.createdAt)}</Text>
      {redemption.collectedAt ? (
        <Text className='redemption-card__line'>领取时间：{formatDateTime(redemption.collectedAt)}</Text>
      ) : null}
      {awaiting ? (
        <>
          <Text className='redemption-card__line'>请在 {formatDateTime(redemption.expiresAt)} 前领取</Text>
          {redemption.pickupCode ? <PickupCode code={redemption.pickupCode} place={redemption.pickupPlace} /> : null}
          <Button
            className='redemption-card__cancel form-submit'
            block
            fill='outline'
            onClick={() => setConfirming(true)}
          >
            取消兑换
          </Button>
        </>
      ) : (
        <Text className='redemption-card__line'>领取地点：{redemption.pickupPlace}</Text>
      )}
      <Dialog
        className='cancel-redemption-dialog'
        visible={confirming}
        title='取消兑换'
        confirmText='确认取消'
        cancelText='不取消'
        onConfirm={confirmCancel}
        onCancel={() => setConfirming(false)}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <Text className='redeem-dialog__line'>取消后 {redemption.points} 积分会退回你的账户。</Text>
        {error ? <Text className='redeem-dialog__error'>{error}</Text> : null}
      </Dialog>
    </View>
  );
}
