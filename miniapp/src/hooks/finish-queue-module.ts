// Platforms without a file of their own (the type checker and jest) load it as the mini-program does.
export { loadFinishQueueModule } from './finish-queue-module.weapp';
