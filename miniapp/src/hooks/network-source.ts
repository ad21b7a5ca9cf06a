// Platforms without a file of their own (the type checker and jest) use the browser's events.
export { subscribeNetwork } from './network-source.h5';
