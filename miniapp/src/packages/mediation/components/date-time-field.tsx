// Platforms without a file of their own (the type checker and jest) get the browser's inputs.
export { DateTimeField, type DateTimeFieldProps } from './date-time-field.h5';
