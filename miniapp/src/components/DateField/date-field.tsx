// Platforms without a file of their own (the type checker and jest) get the browser's date input.
export { DateField, type DateFieldProps } from './date-field.h5';
