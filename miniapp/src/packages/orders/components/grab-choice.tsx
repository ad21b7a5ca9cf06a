import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import type { GrabOrderRequest, ReportView } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';

import { promiseSlots } from './promise-slots';

interface GrabChoiceProps {
  report: ReportView;
  /** This order's grab is being sent. */
  busy: boolean;
  /** Another grab is being sent. */
  disabled?: boolean;
  /** Prefix of the buttons' class names (`hall-view`, `order-actions`): `__grab` is 现在去. */
  block: string;
  onGrab: (body: GrabOrderRequest) => void;
}

/**
 * 抢单, two ways: 现在去, or 稍后上门 at a promised time picked among the half hours before the claim's deadline (a
 * claim for later is not taken back before its time).
 */
export function GrabChoice({ report, busy, disabled, block, onGrab }: GrabChoiceProps) {
  const [picking, setPicking] = useState(false);
  const [slots, setSlots] = useState(() => promiseSlots(new Date(), report.order.claimHours));
  const [chosen, setChosen] = useState<string | null>(null);

  function open(): void {
    setSlots(promiseSlots(new Date(), report.order.claimHours));
    setChosen(null);
    setPicking(true);
  }

  return (
    <>
      <Button
        className={`big-action ${block}__grab`}
        type='primary'
        loading={busy && !picking}
        disabled={disabled}
        onClick={() => onGrab({})}
      >
        现在去
      </Button>
      <Button className={`big-action ${block}__later grab-later__open`} disabled={disabled || busy} onClick={open}>
        稍后上门
      </Button>
      <Dialog
        className='grab-later'
        visible={picking}
        title='稍后上门'
        confirmText='抢单'
        cancelText='取消'
        onConfirm={() => {
          if (!chosen) return Promise.reject(new Error('no time chosen'));
          setPicking(false);
          onGrab({ promisedAt: chosen });
          return Promise.resolve();
        }}
        onCancel={() => setPicking(false)}
        onClose={() => setPicking(false)}
      >
        <Text className='grab-later__hint'>
          {slots.length > 0
            ? `选一个上门时间，须在接单后 ${report.order.claimHours} 小时内；到时未开始，工单会退回抢单大厅。`
            : '接单时限太短，来不及稍后上门，请选“现在去”。'}
        </Text>
        <ChoiceChips
          className='grab-later__slots'
          options={slots}
          selected={chosen ? [chosen] : []}
          onChange={([value]) => setChosen(value)}
        />
      </Dialog>
    </>
  );
}
