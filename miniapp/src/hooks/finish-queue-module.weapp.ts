import * as finishQueue from '@/services/finish-queue';

/** Mini-program: bundled with the app; subpackages cannot hold what the app needs. */
export const loadFinishQueueModule = () => Promise.resolve(finishQueue);
