import Taro from '@tarojs/taro';
import { ApiRoute } from '@tongxin/types';

import { ApiError, apiErrorFromResponse } from './api-error';
import type { ExportOutcome } from './attendance-export.h5';
import { buildUrl, networkError, withFreshToken } from './request';

async function download(eventId: string, token: string | null): Promise<string> {
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({
      url: buildUrl(ApiRoute.EventAdmin.AttendanceCsv(eventId)),
      header: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (reason) {
    throw networkError(reason);
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw apiErrorFromResponse(result.statusCode, null);
  return result.tempFilePath;
}

/**
 * Weapp: openDocument cannot show CSV, so the file is offered to a WeChat chat (e.g. 文件传输助手)
 * to open on a computer; when sharing is not possible it stays downloaded.
 */
export async function exportAttendance(eventId: string, fileName: string): Promise<ExportOutcome> {
  const filePath = await withFreshToken((token) => download(eventId, token));
  try {
    await Taro.shareFileMessage({ filePath, fileName });
    return 'shared';
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return 'saved';
  }
}
