import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, type PhotoView } from '@tongxin/types';

import { ApiError, ClientErrorCode } from '@/services/api-error';
import type { FinishQueueDeps } from '@/services/finish-queue';
import * as finishQueue from '@/services/finish-queue';

import { taroTest } from '../../../../test/mocks/taro';
import { FinishQueueBanner } from './finish-queue-banner';

type QueueModule = typeof finishQueue;

const photoView = (id: string) => ({ id }) as PhotoView;
const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });

function fakeDeps(finish: FinishQueueDeps['finish'] = () => Promise.resolve({})) {
  let uploaded = 0;
  const deps = {
    upload: jest.fn((_photo: Parameters<FinishQueueDeps['upload']>[0]) => {
      uploaded += 1;
      return Promise.resolve(photoView(`photo-${uploaded}`));
    }),
    finish: jest.fn(finish),
  };
  return deps;
}

/** The phone's storage: what a restarted mini-app still finds. */
let disk: Map<string, unknown> = taroTest.storage();

/** The queue module as a restarted mini-app sees it: loaded afresh, reading only what storage kept. */
function restarted(): { queue: QueueModule; ApiErrorClass: typeof ApiError } {
  let queue: QueueModule | undefined;
  let ApiErrorClass: typeof ApiError | undefined;
  jest.isolateModules(() => {
    const fresh = jest.requireActual<{ taroTest: typeof taroTest }>('../../../../test/mocks/taro').taroTest.storage();
    disk.forEach((value, key) => fresh.set(key, value));
    disk = fresh;
    queue = jest.requireActual<QueueModule>('@/services/finish-queue');
    ApiErrorClass = jest.requireActual<{ ApiError: typeof ApiError }>('@/services/api-error').ApiError;
  });
  return { queue: queue as QueueModule, ApiErrorClass: ApiErrorClass as typeof ApiError };
}

async function queueOne(queue: QueueModule, key: string, orderId = 'order-1'): Promise<void> {
  await queue.enqueueFinish({
    orderId,
    note: '已更换灯泡',
    idempotencyKey: key,
    photos: [
      { local: { key: `${key}-a`, previewUrl: 'blob:a' }, photoId: 'uploaded-before' },
      { local: { key: `${key}-b`, previewUrl: 'blob:b', file: jpeg() }, photoId: null },
    ],
  });
}

describe('offline finish queue', () => {
  beforeEach(() => {
    disk = new Map();
  });

  it('survives a restart and sends the kept photo once, then the finish with the key fixed at queue time', async () => {
    await queueOne(restarted().queue, 'key-restart-0001');

    const { queue } = restarted();
    expect(queue.loadFinishQueue()).toEqual([
      expect.objectContaining({ idempotencyKey: 'key-restart-0001', orderId: 'order-1', failed: false }),
    ]);
    const deps = fakeDeps();
    expect(await queue.sendFinishQueue(deps)).toBe(1);

    expect(deps.upload).toHaveBeenCalledTimes(1);
    expect(deps.upload.mock.calls[0][0].file).toBeInstanceOf(Blob);
    expect(deps.finish).toHaveBeenCalledWith(
      'order-1',
      { note: '已更换灯泡', photoIds: ['uploaded-before', 'photo-1'] },
      'key-restart-0001',
    );
    expect(queue.loadFinishQueue()).toEqual([]);
    expect(restarted().queue.loadFinishQueue()).toEqual([]);
    // The kept photo is gone from storage with the item.
    expect([...disk.keys()].filter((key) => key.includes('kept-photo'))).toEqual([]);
  });

  it('sends once when two reconnect events fire together', async () => {
    const { queue } = restarted();
    await queueOne(queue, 'key-twice-00001');
    let answer: (value: unknown) => void = () => undefined;
    const deps = fakeDeps(() => new Promise((resolve) => (answer = resolve)));

    const first = queue.sendFinishQueue(deps);
    const second = queue.sendFinishQueue(deps);
    await waitFor(() => expect(deps.finish).toHaveBeenCalled());
    answer({});

    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(deps.upload).toHaveBeenCalledTimes(1);
    expect(deps.finish).toHaveBeenCalledTimes(1);
    expect(queue.loadFinishQueue()).toEqual([]);
  });

  it('keeps the item on a 5xx, remembering the uploaded photo, and resends the same key without uploading again', async () => {
    const { queue, ApiErrorClass } = restarted();
    await queueOne(queue, 'key-server-0001');
    const down = fakeDeps(() => Promise.reject(new ApiErrorClass(ErrorCode.Internal, 500, '服务器开小差了')));

    expect(await queue.sendFinishQueue(down)).toBe(0);
    expect(queue.loadFinishQueue()).toEqual([expect.objectContaining({ failed: false, error: '服务器开小差了' })]);
    expect(queue.loadFinishQueue()[0].photos.map((photo) => photo.photoId)).toEqual(['uploaded-before', 'photo-1']);

    const up = fakeDeps();
    expect(await restarted().queue.sendFinishQueue(up)).toBe(1);
    expect(up.upload).not.toHaveBeenCalled();
    expect(up.finish).toHaveBeenCalledWith('order-1', expect.anything(), 'key-server-0001');
  });

  it('keeps the item (and those after it) when no answer arrives', async () => {
    const { queue, ApiErrorClass } = restarted();
    await queueOne(queue, 'key-network-001', 'order-1');
    await queueOne(queue, 'key-network-002', 'order-2');
    const deps = fakeDeps(() => Promise.reject(new ApiErrorClass(ClientErrorCode.Network, 0, 'request:fail')));

    expect(await queue.sendFinishQueue(deps)).toBe(0);
    expect(deps.finish).toHaveBeenCalledTimes(1);
    expect(queue.loadFinishQueue().map((item) => item.failed)).toEqual([false, false]);
  });

  it('gives up on a 4xx such as ORDER_STATE_CONFLICT with a visible error, and sends the next item', async () => {
    const { queue, ApiErrorClass } = restarted();
    await queueOne(queue, 'key-conflict-01', 'order-1');
    await queueOne(queue, 'key-conflict-02', 'order-2');
    const deps = fakeDeps((orderId) =>
      orderId === 'order-1'
        ? Promise.reject(new ApiErrorClass(ErrorCode.OrderStateConflict, 409, '工单状态已变化'))
        : Promise.resolve({}),
    );

    expect(await queue.sendFinishQueue(deps)).toBe(1);
    expect(queue.loadFinishQueue()).toEqual([
      expect.objectContaining({ idempotencyKey: 'key-conflict-01', failed: true, error: '工单状态已变化' }),
    ]);
    expect(await queue.sendFinishQueue(deps)).toBe(0);
    expect(deps.finish).toHaveBeenCalledTimes(2);
  });
});

describe('the 待发送 banner', () => {
  beforeEach(() => taroTest.reset());

  it('shows what waits and a refused finish until the rider dismisses it', async () => {
    await queueOne(finishQueue, 'key-banner-0001', 'order-1');
    const refused = fakeDeps(() => Promise.reject(new ApiError(ErrorCode.OrderStateConflict, 409, '工单状态已变化')));
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <FinishQueueBanner />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('待发送 1 项')).toBeTruthy();

    await act(() => finishQueue.sendFinishQueue(refused));
    expect(await screen.findByText('完成处理未能提交：工单状态已变化')).toBeTruthy();
    expect(screen.queryByText(/待发送/)).toBeNull();

    fireEvent.click(screen.getByText('知道了'));
    await waitFor(() => expect(screen.queryByText(/未能提交/)).toBeNull());
    expect(finishQueue.loadFinishQueue()).toEqual([]);
  });
});
