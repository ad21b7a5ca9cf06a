import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MediationCaseView, RecordSessionRequest } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { formatDateTime } from '@/utils/format-date';

import { ActionDialog } from './action-dialog';

const MAX_NOTES = 2000;

/** Names typed in one box: split on the separators people use (，、, and spaces). */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

interface SessionDialogProps {
  c: MediationCaseView;
  send: (sessionId: string, body: RecordSessionRequest) => Promise<unknown>;
  onClose: () => void;
}

/** 记录调解情况: which scheduled session was held, who came (the parties and mediator ticked, others typed), notes. */
export function SessionDialog({ c, send, onClose }: SessionDialogProps) {
  const scheduled = c.sessions.filter((s) => s.status === 'scheduled');
  const [sessionId, setSessionId] = useState(scheduled[0]?.id ?? '');
  const people = [c.requester.name, c.otherParty.name, c.mediator?.name ?? ''].filter(Boolean);
  const [ticked, setTicked] = useState<string[]>(people);
  const [others, setOthers] = useState('');
  const [notes, setNotes] = useState('');
  const attendees = [...new Set([...ticked, ...splitNames(others)])];

  function check(): string | null {
    if (!sessionId) return '请选择这是哪一次调解';
    if (attendees.length === 0) return '请勾选或填写到场人员';
    if (notes.trim().length < 5) return '请写下调解情况（至少 5 个字）';
    return notes.trim().length > MAX_NOTES ? `最多 ${MAX_NOTES} 个字` : null;
  }

  return (
    <ActionDialog
      visible
      className='session-dialog'
      title='记录调解情况'
      confirmText='保存记录'
      check={check}
      send={() => send(sessionId, { attendees, notes: notes.trim() })}
      onClose={onClose}
    >
      {scheduled.length > 1 ? (
        <View className='form-field'>
          <Text className='form-field__label'>哪一次调解</Text>
          <ChoiceChips
            className='session-dialog__sessions'
            options={scheduled.map((s) => ({ value: s.id, label: `${formatDateTime(s.scheduledAt)} ${s.venue}` }))}
            selected={[sessionId]}
            onChange={([id]) => setSessionId(id ?? '')}
          />
        </View>
      ) : null}
      <View className='form-field'>
        <Text className='form-field__label'>到场人员</Text>
        <ChoiceChips
          className='session-dialog__people'
          multiple
          options={people.map((name) => ({ value: name, label: name }))}
          selected={ticked}
          onChange={setTicked}
        />
        <Input
          className='form-field__input session-dialog__others'
          placeholder='其他到场人员，用顿号分隔（选填）'
          value={others}
          onChange={setOthers}
        />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>调解情况</Text>
        <TextArea
          className='mediation-textarea session-dialog__notes'
          placeholder='双方陈述、争议焦点、调解经过'
          maxLength={MAX_NOTES}
          value={notes}
          onChange={setNotes}
        />
      </View>
    </ActionDialog>
  );
}
