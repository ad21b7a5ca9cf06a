import type { PrintOutcome } from './certificate-print.h5';

/** Weapp: WeChat opens no web page to print; the certificate is shown on the phone, printed from the web version. */
export function printCertificate(): Promise<PrintOutcome> {
  return Promise.resolve('unsupported');
}
