// Platforms without a file of their own (the type checker and jest) use the browser's media query.
export { DESK_MIN_WIDTH, useDesk } from './use-desk.h5';
