import { Text } from '@tarojs/components';
import type { MediationCaseView } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { useMediatorsQuery } from '@/hooks/use-mediation-query';
import { errorMessage } from '@/services/api-error';

import { ActionDialog } from './action-dialog';

interface MediatorDialogProps {
  c: MediationCaseView;
  /** accept: 受理, a mediator optional; assign: 指派 / 改派, one required. */
  mode: 'accept' | 'assign';
  send: (mediatorId: string | null) => Promise<unknown>;
  onClose: () => void;
}

/** 受理 (and assign at once if wished) or 指派 / 改派: the 调解员 of the case's community as chips. */
export function MediatorDialog({ c, mode, send, onClose }: MediatorDialogProps) {
  const mediators = useMediatorsQuery(c.communityId);
  const [picked, setPicked] = useState<string | null>(null);
  const options = (mediators.data ?? [])
    .filter((m) => mode === 'accept' || m.id !== c.mediator?.id)
    .map((m) => ({ value: m.id, label: m.name }));
  const accept = mode === 'accept';
  return (
    <ActionDialog
      visible
      className={`mediator-dialog mediator-dialog--${mode}`}
      title={accept ? '受理调解申请' : c.mediator ? `改派调解员（现为 ${c.mediator.name}）` : '指派调解员'}
      confirmText={accept ? '受理' : '指派'}
      check={() => (!accept && !picked ? '请选择调解员' : null)}
      send={() => send(picked)}
      onClose={onClose}
    >
      <Text className='form-hint'>
        {accept ? '可以现在指派调解员，也可以受理后再指派。' : '调解员会收到通知，案件随之转给他。'}
      </Text>
      {mediators.isPending ? <ListState variant='loading' /> : null}
      {mediators.isError ? (
        <ListState variant='error' detail={errorMessage(mediators.error)} onRetry={() => mediators.refetch()} />
      ) : null}
      {mediators.data && options.length === 0 ? (
        <ListState variant='empty' text='本社区还没有其他调解员，可在“人员与角色”中授予' />
      ) : null}
      <ChoiceChips
        className='mediator-dialog__options'
        options={options}
        selected={picked ? [picked] : []}
        onChange={([id]) => setPicked(id ?? null)}
      />
    </ActionDialog>
  );
}
