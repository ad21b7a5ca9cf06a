import { TextArea } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import type { RateMediationRequest, RecordFollowUpRequest } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StarRating } from '@/components/StarRating';

import { ActionDialog } from './action-dialog';

interface NoteActionDialogProps {
  title: string;
  confirmText: string;
  className: string;
  placeholder: string;
  /** Common answers, a tap fills the note in. */
  suggestions?: string[];
  minLength: number;
  maxLength: number;
  send: (note: string) => Promise<unknown>;
  onClose: () => void;
}

/** An action that needs one note: 不予受理 (why, and where the requester was sent), 差评回访 (what was done). */
export function NoteActionDialog(props: NoteActionDialogProps) {
  const { suggestions = [], minLength, maxLength } = props;
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      visible
      className={props.className}
      title={props.title}
      confirmText={props.confirmText}
      check={() => {
        const length = note.trim().length;
        if (length < minLength) return `请至少写 ${minLength} 个字`;
        return length > maxLength ? `最多 ${maxLength} 个字` : null;
      }}
      send={() => props.send(note.trim())}
      onClose={props.onClose}
    >
      {suggestions.length > 0 ? (
        <ChoiceChips
          className='note-action__suggestions'
          options={suggestions.map((s) => ({ value: s, label: s }))}
          selected={[note.trim()]}
          onChange={([s]) => setNote(s ?? '')}
        />
      ) : null}
      <TextArea
        className='mediation-textarea note-action__text'
        placeholder={props.placeholder}
        maxLength={maxLength}
        value={note}
        onChange={setNote}
      />
    </ActionDialog>
  );
}

const HELD = [
  { value: 'held', label: '协议履行良好' },
  { value: 'broken', label: '未履行或有反复' },
];

/** 记录回访: whether the agreement held, and what the visit found. */
export function FollowUpDialog({
  send,
  onClose,
}: {
  send: (body: RecordFollowUpRequest) => Promise<unknown>;
  onClose: () => void;
}) {
  const [held, setHeld] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      visible
      className='follow-up-dialog'
      title='记录回访'
      confirmText='保存回访'
      check={() => {
        if (!held) return '请选择协议是否履行';
        return note.trim().length < 2 ? '请写下回访情况' : null;
      }}
      send={() => send({ held: held === 'held', note: note.trim() })}
      onClose={onClose}
    >
      <ChoiceChips
        className='follow-up-dialog__held'
        options={HELD}
        selected={held ? [held] : []}
        onChange={([h]) => setHeld(h ?? null)}
      />
      <TextArea
        className='mediation-textarea follow-up-dialog__note'
        placeholder='如：上门回访，双方表示噪音问题已解决'
        maxLength={500}
        value={note}
        onChange={setNote}
      />
    </ActionDialog>
  );
}

/** 评价调解服务: 1–5 stars and an optional comment; a poor rating reaches the studio for a call-back. */
export function RateDialog({
  send,
  onClose,
}: {
  send: (body: RateMediationRequest) => Promise<unknown>;
  onClose: () => void;
}) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <ActionDialog
      visible
      className='rate-dialog'
      title='评价调解服务'
      confirmText='提交评价'
      check={() => (rating === 0 ? '请选择星级' : null)}
      send={() => send({ rating, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
      onClose={onClose}
    >
      <Text className='form-hint'>评价会交给石榴调解工作室，帮助改进调解服务。</Text>
      <StarRating value={rating} onChange={setRating} />
      <TextArea
        className='mediation-textarea rate-dialog__comment'
        placeholder='说说你的感受（选填）'
        maxLength={300}
        value={comment}
        onChange={setComment}
      />
    </ActionDialog>
  );
}
