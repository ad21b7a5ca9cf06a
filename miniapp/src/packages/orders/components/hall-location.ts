// Platforms without a file of their own (and the type checker and tests) use the mini-program's.
export { useHallLocation } from './hall-location.weapp';
