import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CareRecordView } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { NoteDialog } from '@/components/NoteDialog';
import { useCareChangeMutation, useCareRecordMutation } from '@/hooks/use-care-query';
import { PagePath } from '@/routes';
import { closeCareRecord, logCareVisit } from '@/services/care';

import { isCareConflict } from './care-copy';
import { VisitDialog } from './visit-dialog';

interface RecordActionsProps {
  r: CareRecordView;
  /** Reads the record again: after a conflict the screen was stale. */
  onStale: () => void;
}

/** An active record's buttons: 记录走访 (first, for the thumb), 编辑, and 结案 with a reason. */
export function RecordActions({ r, onStale }: RecordActionsProps) {
  const [open, setOpen] = useState<'visit' | 'close' | null>(null);
  const visit = useCareChangeMutation(r.id, (body: Parameters<typeof logCareVisit>[1]) => logCareVisit(r.id, body));
  const close = useCareRecordMutation((reason: string) => closeCareRecord(r.id, { reason }));
  if (r.status !== 'active') return null;

  async function guarded<T>(call: () => Promise<T>, done: string): Promise<T> {
    try {
      const result = await call();
      Taro.showToast({ title: done, icon: 'success' });
      return result;
    } catch (failure) {
      if (isCareConflict(failure)) onStale();
      throw failure;
    }
  }

  return (
    <BottomBar className='care-actions'>
      <View className='care-actions__row'>
        <Button className='big-action care-actions__visit' type='primary' onClick={() => setOpen('visit')}>
          记录走访
        </Button>
        <Button
          className='big-action care-actions__edit'
          onClick={() => Taro.navigateTo({ url: PagePath.CareEdit(r.id) })}
        >
          编辑
        </Button>
        <Button className='big-action care-actions__close' onClick={() => setOpen('close')}>
          结案
        </Button>
      </View>
      {open === 'visit' ? (
        <VisitDialog
          onClose={() => setOpen(null)}
          send={(body) => guarded(() => visit.mutateAsync(body), '走访已记录')}
        />
      ) : null}
      <NoteDialog
        className='close-dialog'
        visible={open === 'close'}
        title='结案'
        confirmText='结案'
        placeholder='结案原因，如：已搬离本社区、情况好转。结案后不再提醒走访和平安打卡'
        minLength={2}
        maxLength={200}
        onClose={() => setOpen(null)}
        onSubmit={(reason) => guarded(() => close.mutateAsync(reason ?? ''), '已结案')}
      />
    </BottomBar>
  );
}
