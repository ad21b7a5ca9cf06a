import { Text, View } from '@tarojs/components';

import { ListState } from '@/components/ListState';
import { QrCanvas } from '@/components/QrCanvas';
import { useTicketQuery } from '@/hooks/use-events-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

const QR_SIZE = 240;

/** The entry ticket as a QR code for the organizer's scanner; once loaded it also shows with no signal. */
export function TicketCard({ registrationId }: { registrationId: string }) {
  const ticket = useTicketQuery(registrationId);
  if (ticket.isPending) return <ListState variant='loading' text='正在加载入场券…' />;
  if (!ticket.data) {
    return <ListState variant='error' detail={errorMessage(ticket.error)} onRetry={() => ticket.refetch()} />;
  }
  const { token, validFrom, validUntil } = ticket.data;
  return (
    <View className='ticket-card'>
      <Text className='ticket-card__label'>入场券</Text>
      <View className='ticket-card__qr'>
        <QrCanvas text={token} size={QR_SIZE} />
      </View>
      <Text className='ticket-card__tip'>入场时请调亮屏幕，出示给组织者扫码</Text>
      <Text className='ticket-card__valid'>
        有效时间：{formatDateTime(validFrom)} 至 {formatDateTime(validUntil)}
      </Text>
      {/* Read out or pasted by an organizer whose camera cannot read the code. */}
      <Text className='ticket-card__token' userSelect data-token={token}>
        {token}
      </Text>
      {ticket.isError ? <Text className='ticket-card__offline'>网络不通，显示的是已保存的入场券</Text> : null}
    </View>
  );
}
