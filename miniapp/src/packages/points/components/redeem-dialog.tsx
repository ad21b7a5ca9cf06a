import { Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MallItemView, RedemptionView } from '@tongxin/types';
import { useRef, useState } from 'react';

import { useRedeemMutation } from '@/hooks/use-mall-query';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { pointsErrorMessage } from '@/utils/points-error-message';

interface RedeemDialogProps {
  item: MallItemView | null;
  balance: number | undefined;
  onRedeemed: (redemption: RedemptionView) => void;
  onClose: () => void;
}

/** Confirms a redemption with the price and the balance before and after; errors stay in the dialog. */
export function RedeemDialog({ item, balance, onRedeemed, onClose }: RedeemDialogProps) {
  const redeem = useRedeemMutation();
  const [error, setError] = useState<string | null>(null);
  // One key per item the member decided to redeem: a retry after a lost answer never charges twice.
  const key = useRef<{ itemId: string; value: string } | null>(null);

  function close(): void {
    setError(null);
    key.current = null;
    onClose();
  }

  // NutUI keeps the dialog open while onConfirm's promise is pending, and when it rejects.
  async function confirm(): Promise<void> {
    if (!item) return;
    if (key.current?.itemId !== item.id) key.current = { itemId: item.id, value: newIdempotencyKey() };
    setError(null);
    try {
      const redemption = await redeem.mutateAsync({ itemId: item.id, key: key.current.value });
      key.current = null;
      onRedeemed(redemption);
    } catch (failure) {
      setError(pointsErrorMessage(failure));
      throw failure;
    }
  }

  const after = item && balance !== undefined ? balance - item.pointsPrice : undefined;
  return (
    <Dialog
      className='redeem-dialog'
      visible={item !== null}
      title='确认兑换'
      confirmText='确认兑换'
      cancelText='再想想'
      onConfirm={confirm}
      onCancel={close}
      onClose={close}
    >
      {item ? (
        <View className='redeem-dialog__body'>
          <Text className='redeem-dialog__name'>{item.name}</Text>
          <Text className='redeem-dialog__line'>所需积分：{item.pointsPrice}</Text>
          <Text className='redeem-dialog__line'>当前积分：{balance ?? '—'}</Text>
          {after !== undefined ? (
            <Text className={`redeem-dialog__line${after < 0 ? ' redeem-dialog__line--short' : ''}`}>
              兑换后剩余：{after < 0 ? `还差 ${-after}` : after}
            </Text>
          ) : null}
          <Text className='redeem-dialog__line'>领取地点：{item.pickupPlace}</Text>
        </View>
      ) : null}
      {error ? <Text className='redeem-dialog__error'>{error}</Text> : null}
    </Dialog>
  );
}
