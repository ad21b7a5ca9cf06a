// Platforms without a file of their own (the type checker and jest) pick as the browser does.
export { WorkbookPicker } from './workbook-picker.h5';
