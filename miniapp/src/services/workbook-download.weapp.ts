import Taro from '@tarojs/taro';

import { ApiError, apiErrorFromResponse } from './api-error';
import { buildUrl, networkError, withFreshToken } from './request';
import type { DownloadOutcome, WorkbookDownload } from './workbook-download.h5';

/** The API's error body, which downloadFile saves to the temp file like any other answer. */
function errorBody(filePath: string): unknown {
  try {
    return JSON.parse(String(Taro.getFileSystemManager().readFileSync(filePath, 'utf8')));
  } catch {
    return null;
  }
}

async function download(workbook: WorkbookDownload, token: string | null): Promise<string> {
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({
      url: buildUrl(workbook.route, workbook.query),
      header: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (reason) {
    throw networkError(reason);
  }
  // The error's code matters: TOKEN_EXPIRED refreshes and retries, PERIOD_INVALID says what to fix.
  if (result.statusCode < 200 || result.statusCode >= 300) {
    throw apiErrorFromResponse(result.statusCode, errorBody(result.tempFilePath));
  }
  return result.tempFilePath;
}

/**
 * Weapp: the workbook opens in WeChat's document viewer, whose menu forwards or saves it. Where the viewer is
 * not available the file is offered to a chat (e.g. 文件传输助手); when that is not possible either, it stays
 * downloaded.
 */
export async function downloadWorkbook(workbook: WorkbookDownload): Promise<DownloadOutcome> {
  const filePath = await withFreshToken((token) => download(workbook, token));
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return 'opened';
  } catch {
    // No viewer here: offer the file to a chat instead.
  }
  try {
    await Taro.shareFileMessage({ filePath, fileName: workbook.fileName });
    return 'shared';
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return 'saved';
  }
}
