import './volunteer.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { formatDateTime } from '@/utils/format-date';

import type { ScanMode } from '../scanner/offline-store';
import { useScanner } from '../scanner/use-scanner';
import { ScanResultCard } from './scan-result-card';
import { TicketCamera } from './ticket-camera';
import { TicketEntry } from './ticket-entry';

const MODES = [
  { value: 'in', label: '签到' },
  { value: 'out', label: '签退' },
];

/**
 * The door scanner: network state, offline kit, queue, the camera (or typed code) and the last result. A volunteer
 * event (known from the page, or from the kit when offline) scans in and out: 签到 / 签退.
 */
export function ScannerPanel({ eventId, volunteer = false }: { eventId: string; volunteer?: boolean }) {
  const scanner = useScanner(eventId);
  const { online, kit, pending, lastUpload } = scanner;
  const [chosen, setChosen] = useState<ScanMode>('in');
  const twoWay = volunteer || kit?.volunteer === true;
  const mode: ScanMode = twoWay ? chosen : 'in';
  const review = lastUpload?.filter((result) => result.needsReview).length ?? 0;
  const scan = (ticket: string) => void scanner.scan(ticket, mode);
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
            已上传 {lastUpload.length} 条{review > 0 ? `，其中 ${review} 条需要核对，请在名单中查看` : ''}
          </Text>
        ) : null}
      </View>
      {twoWay ? (
        <View className='form-card scan-mode'>
          <Text className='form-field__label'>
            志愿服务活动：到场扫码签到，离开扫码签退，按签到签退时间记录服务时长
          </Text>
          <ChoiceChips
            className='scan-mode__choice'
            options={MODES}
            selected={[mode]}
            onChange={([value]) => setChosen(value === 'out' ? 'out' : 'in')}
          />
        </View>
      ) : null}
      <TicketCamera busy={scanner.busy} onTicket={scan} />
      {scanner.display ? <ScanResultCard display={scanner.display} /> : null}
      <TicketEntry busy={scanner.busy} onTicket={scan} submitText={mode === 'out' ? '核验签退' : '核验签到'} />
    </View>
  );
}
