import { ApiRoute } from '@tongxin/types';

import { fetchBlob } from './blob-fetch.h5';

export type PrintOutcome = 'opened' | 'unsupported';

/**
 * H5 (staff at a desk): the printable page needs the Authorization header, so it is fetched and shown in a new
 * tab, where the browser's 打印 (or 另存为 PDF) takes it. The tab is opened at the tap, before the fetch, so that
 * the browser does not take it for a pop-up.
 */
export async function printCertificate(id: string): Promise<PrintOutcome> {
  const tab = window.open('', '_blank');
  try {
    const blob = await fetchBlob(ApiRoute.VolunteerCertificateDocument(id));
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'opened';
  } catch (error) {
    tab?.close();
    throw error;
  }
}
