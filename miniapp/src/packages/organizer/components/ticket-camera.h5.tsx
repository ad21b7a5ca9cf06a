import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';

import type { TicketEntryProps } from './ticket-entry';

type Stop = () => void;

/**
 * H5: the phone's camera, decoded with jsQR. The decoder is loaded only when the camera is opened,
 * so it adds nothing to the page's first load.
 */
export function TicketCamera({ busy, onTicket }: TicketEntryProps) {
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<Stop | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => stop.current?.(), []);

  async function start(): Promise<void> {
    setError(null);
    setOpen(true);
    try {
      const { startCameraDecoder } = await import(/* webpackChunkName: "qr-decoder" */ './camera-decoder');
      if (!video.current) return;
      stop.current = await startCameraDecoder(video.current, (text) => {
        if (!text.startsWith('TX1.')) return;
        close();
        onTicket(text);
      });
    } catch {
      setOpen(false);
      setError('无法打开摄像头，请允许使用摄像头，或在下方粘贴入场券码');
    }
  }

  function close(): void {
    stop.current?.();
    stop.current = null;
    setOpen(false);
  }

  return (
    <View className='ticket-camera'>
      <video
        ref={video}
        className={`ticket-camera__video${open ? '' : ' ticket-camera__video--hidden'}`}
        muted
        playsInline
      />
      {open ? (
        <Button className='form-submit ticket-camera__close' block fill='outline' onClick={close}>
          关闭摄像头
        </Button>
      ) : (
        <Button
          className='form-submit ticket-camera__scan'
          type='primary'
          block
          loading={busy}
          onClick={() => void start()}
        >
          打开摄像头扫码
        </Button>
      )}
      {error ? <Text className='form-error ticket-camera__error'>{error}</Text> : null}
    </View>
  );
}
