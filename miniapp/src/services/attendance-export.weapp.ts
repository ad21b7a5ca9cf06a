import Taro from '@tarojs/taro';
import { ApiRoute } from '@tongxin/types';

import { ApiError, apiErrorFromResponse } from './api-error';
import type { ExportOutcome } from './attendance-export.h5';
import { buildUrl, networkError, withFreshToken } from './request';

async function download(eventId: string, token: string | null): Promise<string> {
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({
      url: buildUrl(ApiRoute.EventAdmin.AttendanceXlsx(eventId)),
      header: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (reason) {
    throw networkError(reason);
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw apiErrorFromResponse(result.statusCode, null);
  return result.tempFilePath;
}

/**
 * Weapp: the workbook opens in WeChat's document viewer, whose menu forwards or saves it. Where the viewer is
 * not available the file is offered to a chat (e.g. 文件传输助手); when that is not possible either, it stays
 * downloaded.
 */
export async function exportAttendance(eventId: string, title: string): Promise<ExportOutcome> {
  const filePath = await withFreshToken((token) => download(eventId, token));
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return 'opened';
  } catch {
    // No viewer here: offer the file to a chat instead.
  }
  try {
    await Taro.shareFileMessage({ filePath, fileName: `${title}-签到表.xlsx` });
    return 'shared';
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return 'saved';
  }
}
