import { ApiError, ClientErrorCode } from './api-error';
import {
  type ImportAnswer,
  type ImportPhase,
  importUrl,
  parseImportResponse,
  type SendWorkbookRequest,
  UPLOAD_TIMEOUT_MS,
} from './import-upload-common';
import { networkError, withFreshToken } from './request';

export { type PickedWorkbook, workbookProblem } from './import-upload-common';

function post<P extends ImportPhase>(request: SendWorkbookRequest & { phase: P }, token: string | null) {
  return new Promise<ImportAnswer<P>>((resolve, reject) => {
    if (!request.workbook.file) {
      reject(new ApiError(ClientErrorCode.UnexpectedResponse, 0, '文件丢失，请重新选择'));
      return;
    }
    const form = new FormData();
    form.append('file', request.workbook.file, request.workbook.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(request));
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.onload = () => {
      try {
        resolve(parseImportResponse<ImportAnswer<P>>(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError('upload:fail'));
    xhr.ontimeout = () => reject(networkError('upload:fail timeout'));
    xhr.send(form);
  });
}

/** H5: XMLHttpRequest + FormData with the File the <input> gave. */
export function sendWorkbook<P extends ImportPhase>(
  request: SendWorkbookRequest & { phase: P },
): Promise<ImportAnswer<P>> {
  return withFreshToken((token) => post(request, token));
}
