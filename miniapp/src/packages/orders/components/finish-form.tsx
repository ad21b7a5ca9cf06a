import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS_PER_REPORT, PhotoPurpose } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { PhotoUploader, usePhotoUploads } from '@/components/PhotoUploader';
import { useNetworkStatus } from '@/hooks/use-network-status';
import { useOrderActionMutation } from '@/hooks/use-orders-query';
import { errorMessage } from '@/services/api-error';
import { enqueueFinish } from '@/services/finish-queue';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { isRetryable } from '@/utils/retry-action';

/**
 * 完成处理: at least one proof photo and a short note, sent (and resent after a drop) as one action.
 * With no signal (or when every retry failed on the way) it waits on the phone with its key, see offline/.
 */
export function FinishForm({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const uploads = usePhotoUploads(PhotoPurpose.OrderProof, MAX_PHOTOS_PER_REPORT);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [queuing, setQueuing] = useState(false);
  const finish = useOrderActionMutation();
  const { online, markOffline } = useNetworkStatus();

  async function queue(idempotencyKey: string): Promise<void> {
    if (uploads.items.length === 0) {
      setError('请至少拍一张处理后的照片');
      return;
    }
    if (!note.trim()) {
      setError('请填写处理说明');
      return;
    }
    setError(null);
    setQueuing(true);
    try {
      await enqueueFinish({
        orderId,
        note: note.trim(),
        idempotencyKey,
        photos: uploads.items.map((item) => ({ local: item.local, photoId: item.photo?.id ?? null })),
      });
      Taro.showToast({ title: '已保存，联网后自动发送', icon: 'none' });
      onDone();
    } catch {
      setError('无法在手机上保存照片，请检查存储空间');
    } finally {
      setQueuing(false);
    }
  }

  function submit(): void {
    if (!online) {
      void queue(newIdempotencyKey());
      return;
    }
    if (uploads.photoIds.length === 0) {
      setError(uploads.uploading ? '照片还在上传，请稍等' : '请至少拍一张处理后的照片');
      return;
    }
    if (uploads.uploading || uploads.failed) {
      setError(uploads.uploading ? '照片还在上传，请稍等' : '有照片上传失败，请点照片重试或删除');
      return;
    }
    setError(null);
    const idempotencyKey = newIdempotencyKey();
    finish.mutate(
      {
        orderId,
        action: 'finish',
        body: { note: note.trim() || undefined, photoIds: uploads.photoIds },
        idempotencyKey,
      },
      {
        onSuccess: () => {
          Taro.showToast({ title: '已完成，等居民确认', icon: 'success' });
          onDone();
        },
        onError: (failure) => {
          if (!isRetryable(failure)) {
            setError(errorMessage(failure));
            return;
          }
          // The finish may have arrived: the queue resends it with the same key, which the API answers once.
          markOffline();
          void queue(idempotencyKey);
        },
      },
    );
  }

  return (
    <View className='form-card finish-form'>
      <Text className='form-card__title'>完成处理</Text>
      <Text className='form-field__sublabel'>处理后的照片（至少 1 张）</Text>
      <PhotoUploader className='finish-form__photos' uploads={uploads} max={MAX_PHOTOS_PER_REPORT} />
      <Text className='form-field__sublabel'>处理说明</Text>
      <TextArea
        className='finish-form__note'
        maxLength={300}
        placeholder='例如：已更换灯泡，恢复照明'
        value={note}
        onChange={setNote}
      />
      <BottomBar>
        {finish.retryAttempt > 0 ? (
          <Text className='retry-note finish-form__retrying'>网络不稳，重试中（第 {finish.retryAttempt} 次）…</Text>
        ) : null}
        {!online ? (
          <Text className='retry-note finish-form__offline'>当前无网络：提交后保存在手机上，联网后自动发送</Text>
        ) : null}
        {error ? <Text className='form-error finish-form__error'>{error}</Text> : null}
        <Button
          className='big-action finish-form__submit'
          type='primary'
          block
          loading={finish.isPending || queuing}
          onClick={submit}
        >
          提交完成
        </Button>
      </BottomBar>
    </View>
  );
}
