import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

export interface TicketEntryProps {
  busy: boolean;
  onTicket: (ticket: string) => void;
  /** The button: 核验签到 unless told (核验签退 at a volunteer event's 签退). */
  submitText?: string;
}

/** The ticket text typed or pasted (shown under the member's QR code) when the camera cannot read it. */
export function TicketEntry({ busy, onTicket, submitText = '核验签到' }: TicketEntryProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(): void {
    const ticket = text.replace(/\s+/g, '');
    if (!ticket.startsWith('TX1.')) {
      setError('请粘贴以 TX1. 开头的入场券码');
      return;
    }
    setError(null);
    setText('');
    onTicket(ticket);
  }

  return (
    <View className='form-card ticket-entry'>
      <Text className='form-field__label'>输入入场券码</Text>
      <TextArea
        className='form-field__input ticket-entry__input'
        placeholder='粘贴居民入场券二维码下方的码（TX1.…）'
        // NutUI caps a TextArea at 140 characters; a ticket is about 150.
        maxLength={400}
        value={text}
        onChange={setText}
      />
      {error ? <Text className='form-error ticket-entry__error'>{error}</Text> : null}
      <Button className='form-submit ticket-entry__submit' type='primary' block loading={busy} onClick={submit}>
        {submitText}
      </Button>
    </View>
  );
}
