import { Dialog } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PlaceRef, PlaceSummary } from '@tongxin/types';
import { useState } from 'react';

import { PlaceChips } from '@/components/PlaceChips';
import { useMovePlaceMutation } from '@/hooks/use-place-admin-query';
import { errorMessage } from '@/services/api-error';

interface MoveDialogProps {
  place: PlaceSummary;
  /** Its parent now, and the place above that whose other children it may move to. */
  from: PlaceRef;
  under: PlaceRef;
  onClose: () => void;
}

/** 移动: to another child of the place above its parent (a building to another grid of the community). */
export function MoveDialog({ place, from, under, onClose }: MoveDialogProps) {
  const move = useMovePlaceMutation();
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    if (!target || target === from.id) {
      setError('请选择新的上级');
      throw new Error('no target');
    }
    try {
      await move.mutateAsync({ id: place.id, parentId: target });
      Taro.showToast({ title: '已移动', icon: 'success' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      visible
      title={`移动「${place.name}」`}
      confirmText='移动'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <Text className='form-field__label'>{`移到${under.name}下的：（现在在${from.name}）`}</Text>
      <PlaceChips
        parentId={under.id}
        selected={target ? [target] : []}
        emptyText='没有可移入的地点'
        onChange={([id]) => setTarget(id ?? null)}
      />
      {error ? <Text className='form-error'>{error}</Text> : null}
    </Dialog>
  );
}
