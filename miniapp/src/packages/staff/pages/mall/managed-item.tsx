import { Button, Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@tongxin/types';
import { useState } from 'react';

import { useUpdateMallItemMutation } from '@/hooks/use-mall-query';
import { pointsErrorMessage } from '@/utils/points-error-message';

/** One item as staff see it: stock, shelf state, 加库存 and 上架 / 下架. */
export function ManagedItem({ item }: { item: MallItemView }) {
  const update = useUpdateMallItemMutation();
  const [adding, setAdding] = useState(false);
  const [delta, setDelta] = useState('');
  const [error, setError] = useState<string | null>(null);

  function toggleShelf(): void {
    setError(null);
    update.mutate(
      { id: item.id, body: { onShelf: !item.onShelf } },
      { onError: (failure) => setError(pointsErrorMessage(failure)) },
    );
  }

  async function addStock(): Promise<void> {
    const amount = Number(delta);
    if (!/^\d+$/.test(delta) || amount < 1) {
      setError('请填写要增加的数量（正整数）');
      throw new Error('invalid stock delta');
    }
    setError(null);
    try {
      await update.mutateAsync({ id: item.id, body: { stockDelta: amount } });
    } catch (failure) {
      setError(pointsErrorMessage(failure));
      throw failure;
    }
  }

  return (
    <View className={`managed-item${item.onShelf ? '' : ' managed-item--off'}`}>
      <View className='managed-item__head'>
        <Text className='managed-item__name'>{item.name}</Text>
        <Text className='managed-item__shelf'>{item.onShelf ? '在售' : '已下架'}</Text>
      </View>
      <Text className='managed-item__meta'>
        {item.pointsPrice} 积分 · 库存 {item.stock} · 每人限兑 {item.perMemberLimit}
      </Text>
      <Text className='managed-item__meta'>领取：{item.pickupPlace}</Text>
      {error && !adding ? <Text className='form-error'>{error}</Text> : null}
      <View className='managed-item__actions'>
        <Button className='managed-item__stock' fill='outline' onClick={() => setAdding(true)}>
          加库存
        </Button>
        <Button
          className='managed-item__toggle'
          type={item.onShelf ? 'default' : 'primary'}
          loading={update.isPending && !adding}
          onClick={toggleShelf}
        >
          {item.onShelf ? '下架' : '上架'}
        </Button>
      </View>
      <Dialog
        className='stock-dialog'
        visible={adding}
        title={`给「${item.name}」加库存`}
        confirmText='确认'
        cancelText='取消'
        onConfirm={addStock}
        onCancel={() => setAdding(false)}
        onClose={() => {
          setAdding(false);
          setDelta('');
          setError(null);
        }}
      >
        <Input className='form-field__input' type='digit' placeholder='增加数量' value={delta} onChange={setDelta} />
        {error ? <Text className='form-error'>{error}</Text> : null}
      </Dialog>
    </View>
  );
}
