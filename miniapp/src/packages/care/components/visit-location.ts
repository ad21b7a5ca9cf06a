// Platforms without a file of their own (and the type checker and tests) use the mini-program's.
export { VISIT_LOCATION_OFFERED, visitLocation } from './visit-location.weapp';
