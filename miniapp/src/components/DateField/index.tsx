import './date-field.scss';

export { DateField, type DateFieldProps } from './date-field';
