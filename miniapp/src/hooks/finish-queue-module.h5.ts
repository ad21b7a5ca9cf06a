/** H5: the queue is its own chunk, fetched after the first page, so the first load carries none of it. */
export const loadFinishQueueModule = () => import('@/services/finish-queue');
