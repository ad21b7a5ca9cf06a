import Taro from '@tarojs/taro';
import { IMPORT_KIND_LABEL, type ImportKind } from '@tongxin/types';

import { apiErrorFromResponse, isApiError } from './api-error';
import { importTemplateUrl } from './imports';
import { networkError } from './request';

export type TemplateOutcome = 'opened' | 'shared' | 'saved';

/**
 * Mini-program: the template opens in WeChat's document viewer, whose menu forwards it to a computer (文件传输助手)
 * to fill in; without a viewer it is offered to a chat, or stays downloaded.
 */
export async function openTemplate(kind: ImportKind): Promise<TemplateOutcome> {
  let filePath: string;
  try {
    const result = await Taro.downloadFile({ url: importTemplateUrl(kind) });
    if (result.statusCode < 200 || result.statusCode >= 300) throw apiErrorFromResponse(result.statusCode, null);
    filePath = result.tempFilePath;
  } catch (reason) {
    if (isApiError(reason)) throw reason;
    throw networkError(reason);
  }
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return 'opened';
  } catch {
    // No viewer here: offer the file to a chat instead.
  }
  try {
    await Taro.shareFileMessage({ filePath, fileName: `导入模板-${IMPORT_KIND_LABEL[kind]}.xlsx` });
    return 'shared';
  } catch {
    return 'saved';
  }
}
