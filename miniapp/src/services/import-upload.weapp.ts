import Taro from '@tarojs/taro';

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

/** Mini-program: Taro.uploadFile with the chat file's temp path (the API reads the multipart field `file`). */
export function sendWorkbook<P extends ImportPhase>(
  request: SendWorkbookRequest & { phase: P },
): Promise<ImportAnswer<P>> {
  return withFreshToken(async (token) => {
    let result: { statusCode: number; data: unknown };
    try {
      result = await Taro.uploadFile({
        url: importUrl(request),
        filePath: request.workbook.path ?? '',
        name: 'file',
        header: token ? { Authorization: `Bearer ${token}` } : {},
        timeout: UPLOAD_TIMEOUT_MS,
      });
    } catch (reason) {
      throw networkError(reason);
    }
    return parseImportResponse<ImportAnswer<P>>(result.statusCode, result.data);
  });
}
