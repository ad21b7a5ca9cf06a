// Platforms without a file of their own (the type checker and jest) send it as the browser does.
export { type PickedWorkbook, sendWorkbook, workbookProblem } from './import-upload.h5';
