// Platforms without a file of their own (the type checker and jest) print as the browser does.
export { printCertificate, type PrintOutcome } from './certificate-print.h5';
