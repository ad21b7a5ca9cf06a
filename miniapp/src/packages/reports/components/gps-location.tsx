// Platforms without a file of their own (and the type checker and tests) use the mini-program's.
export { BUILDING_PICKER_FIRST, GpsLocation } from './gps-location.weapp';
