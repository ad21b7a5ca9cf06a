// Platforms without a file of their own (the type checker and jest) use the browser download.
export { exportAttendance, type ExportOutcome } from './attendance-export.h5';
