import { Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorCode, type MemberSummary } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { useGridMembersQuery } from '@/hooks/use-orders-query';
import { errorMessage, isApiError } from '@/services/api-error';

interface AssignDialogProps {
  gridId: string;
  gridName: string;
  visible: boolean;
  onClose: () => void;
  onSubmit: (handlerId: string) => Promise<unknown>;
}

function MemberList({
  gridId,
  selected,
  onSelect,
}: {
  gridId: string;
  selected: string | null;
  onSelect: (m: MemberSummary) => void;
}) {
  const query = useGridMembersQuery(gridId);
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError && !query.isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  const members = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (members.length === 0) return <ListState variant='empty' text='该网格还没有成员' />;
  return (
    <View className='assign-dialog__list'>
      {members.map((member) => (
        <View
          key={member.id}
          className={`member-option${selected === member.id ? ' member-option--selected' : ''}`}
          onClick={() => onSelect(member)}
        >
          <Text className='member-option__name'>
            {selected === member.id ? '✓ ' : ''}
            {member.nickname}
          </Text>
          <Text className='member-option__meta'>{member.homeName ?? ''}</Text>
        </View>
      ))}
      <LoadMoreButton query={query} />
    </View>
  );
}

/** 指派 / 改派: pick one member of the order's grid. */
export function AssignDialog({ gridId, gridName, visible, onClose, onSubmit }: AssignDialogProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    if (!selected) {
      setError('请选择处理人');
      throw new Error('no handler');
    }
    setError(null);
    try {
      await onSubmit(selected);
    } catch (failure) {
      setError(
        isApiError(failure) && failure.code === ErrorCode.ValidationFailed
          ? '只能指派给本网格的网格员或兼职网格员'
          : errorMessage(failure),
      );
      throw failure;
    }
  }

  return (
    <Dialog
      className='assign-dialog'
      visible={visible}
      title={`指派给 ${gridName} 的成员`}
      confirmText='指派'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      {visible ? <MemberList gridId={gridId} selected={selected} onSelect={(m) => setSelected(m.id)} /> : null}
      {error ? <Text className='form-error assign-dialog__error'>{error}</Text> : null}
    </Dialog>
  );
}
