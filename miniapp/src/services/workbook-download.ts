// Platforms without a file of their own (the type checker and jest) use the browser download.
export { type DownloadOutcome, downloadWorkbook, type WorkbookDownload } from './workbook-download.h5';
