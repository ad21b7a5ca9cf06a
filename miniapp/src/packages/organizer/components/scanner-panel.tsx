import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

import { formatDateTime } from '@/utils/format-date';

import { useScanner } from '../scanner/use-scanner';
import { ScanResultCard } from './scan-result-card';
import { TicketCamera } from './ticket-camera';
import { TicketEntry } from './ticket-entry';

/** The door scanner: network state, offline kit, queue, the camera (or typed code) and the last result. */
export function ScannerPanel({ eventId }: { eventId: string }) {
  const scanner = useScanner(eventId);
  const { online, kit, pending, lastUpload } = scanner;
  const review = lastUpload?.filter((result) => result.needsReview).length ?? 0;
  return (
    <View className='scanner-panel'>
      <View className={`scanner-status scanner-status--${online ? 'online' : 'offline'}`}>
        <Text className='scanner-status__network'>{online ? '● 在线' : '● 离线'}</Text>
        <Text className='scanner-status__pending'>待上传 {pending}</Text>
      </View>
      <View className='form-card offline-kit'>
        <Text className='offline-kit__state'>
          {kit ? `离线名单：${kit.roster.length} 人，下载于 ${formatDateTime(kit.generatedAt)}` : '尚未下载离线名单'}
        </Text>
        <Text className='form-hint'>到场前在有网的地方下载，没网时也能核验入场券</Text>
        <Button
          className='form-submit offline-kit__download'
          block
          fill='outline'
          loading={scanner.kitBusy}
          disabled={!online}
          onClick={() => void scanner.downloadKit()}
        >
          {kit ? '更新离线名单' : '下载离线名单'}
        </Button>
        {scanner.kitError ? <Text className='form-error'>{scanner.kitError}</Text> : null}
        {pending > 0 && online ? (
          <Button className='form-submit scanner-panel__upload' block onClick={() => void scanner.upload()}>
            立即上传
          </Button>
        ) : null}
        {lastUpload ? (
          <Text className='form-hint scanner-panel__uploaded'>
            已上传 {lastUpload.length} 条{review > 0 ? `，其中 ${review} 条离线重复，请在名单中核对` : ''}
          </Text>
        ) : null}
      </View>
      <TicketCamera busy={scanner.busy} onTicket={(ticket) => void scanner.scan(ticket)} />
      {scanner.display ? <ScanResultCard display={scanner.display} /> : null}
      <TicketEntry busy={scanner.busy} onTicket={(ticket) => void scanner.scan(ticket)} />
    </View>
  );
}
