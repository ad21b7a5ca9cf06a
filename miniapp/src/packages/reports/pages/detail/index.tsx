import '../../components/reports.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { OrderStatus } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { NoteDialog } from '@/components/NoteDialog';
import { PageShell } from '@/components/PageShell';
import { ReportDetailView } from '@/components/ReportDetailView';
import { ReportQuery } from '@/components/ReportQuery';
import { useOrderActionMutation } from '@/hooks/use-orders-query';

import { ConfirmDialog } from '../../components/confirm-dialog';

export default function ReportDetailPage() {
  const id = useRouter().params.id ?? '';
  const action = useOrderActionMutation();
  const [dialog, setDialog] = useState<'confirm' | 'not-fixed' | null>(null);
  return (
    <ReportQuery id={id}>
      {(report) => {
        const orderId = report.order.id;
        const awaitingMe = report.isMine && report.order.status === OrderStatus.Done;
        return (
          <PageShell className='report-detail-page'>
            <ReportDetailView report={report} />
            {awaitingMe ? (
              <BottomBar>
                <Text className='form-hint'>网格员已处理完成，请确认是否解决</Text>
                {action.retryAttempt > 0 ? <Text className='retry-note'>网络不稳，重试中…</Text> : null}
                <View className='bottom-bar__row'>
                  <Button className='big-action report-detail__not-fixed' onClick={() => setDialog('not-fixed')}>
                    没有解决
                  </Button>
                  <Button
                    className='big-action report-detail__confirm'
                    type='primary'
                    onClick={() => setDialog('confirm')}
                  >
                    确认解决
                  </Button>
                </View>
              </BottomBar>
            ) : null}
            <ConfirmDialog
              visible={dialog === 'confirm'}
              onClose={() => setDialog(null)}
              onSubmit={(body) => action.mutateAsync({ orderId, action: 'confirm', body })}
            />
            <NoteDialog
              className='not-fixed-dialog'
              visible={dialog === 'not-fixed'}
              title='哪里还没解决？'
              confirmText='退回重新处理'
              placeholder='说说还有什么问题（选填），会转给原处理人'
              onClose={() => setDialog(null)}
              onSubmit={(note) => action.mutateAsync({ orderId, action: 'not-fixed', body: note ? { note } : {} })}
            />
          </PageShell>
        );
      }}
    </ReportQuery>
  );
}
