import { TextArea } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { type CareFollowUpRequest, ReportKind } from '@tongxin/types';
import { useState } from 'react';

import { ActionDialog } from '@/components/ActionDialog';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { useCategoriesQuery } from '@/hooks/use-reports-query';

import { careErrorMessage } from './care-copy';
import { FOLLOW_UP_LIMITS, followUpText } from './quick-phrases';

interface FollowUpDialogProps {
  communityId: string;
  findings: string;
  send: (body: CareFollowUpRequest) => Promise<unknown>;
  onClose: () => void;
}

/** 转为需求: a need category of the community and the text (the visit's findings to start with). */
export function FollowUpDialog({ communityId, findings, send, onClose }: FollowUpDialogProps) {
  const categories = useCategoriesQuery(communityId);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [text, setText] = useState(() => followUpText(findings));
  const needs = (categories.data ?? []).filter((c) => c.kind === ReportKind.Need && c.active);

  function check(): string | null {
    if (!categoryId) return '请选择需求类别';
    const length = text.trim().length;
    if (length < FOLLOW_UP_LIMITS.min) return `请至少写 ${FOLLOW_UP_LIMITS.min} 个字`;
    return length > FOLLOW_UP_LIMITS.max ? `最多 ${FOLLOW_UP_LIMITS.max} 个字` : null;
  }

  let chips;
  if (categories.isPending) chips = <ListState variant='loading' />;
  else if (categories.isError) {
    chips = (
      <ListState variant='error' detail={careErrorMessage(categories.error)} onRetry={() => categories.refetch()} />
    );
  } else if (needs.length === 0) chips = <ListState variant='empty' text='社区还没有设置需求类别' />;
  else {
    chips = (
      <ChoiceChips
        className='follow-up-dialog__categories'
        options={needs.map((c) => ({ value: c.id, label: c.name }))}
        selected={categoryId ? [categoryId] : []}
        onChange={([id]) => setCategoryId(id ?? null)}
      />
    );
  }

  return (
    <ActionDialog
      className='follow-up-dialog'
      title='转为需求'
      confirmText='发布需求'
      check={check}
      send={() => send({ categoryId: categoryId ?? '', text: text.trim() })}
      describeError={careErrorMessage}
      onClose={onClose}
    >
      <Text className='form-hint'>
        需求发到这户所在网格，抢单的人会看到这段话和门牌：请只写要办的事，不写身体、收入等敏感情况
      </Text>
      {chips}
      <TextArea
        className='care-textarea follow-up-dialog__text'
        placeholder='需要帮什么忙'
        maxLength={FOLLOW_UP_LIMITS.max}
        value={text}
        onChange={setText}
      />
    </ActionDialog>
  );
}
