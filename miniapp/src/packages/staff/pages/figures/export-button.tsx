import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ApiRoute, type FiguresQuery } from '@tongxin/types';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';
import { figuresQuery } from '@/services/figures';
import { downloadWorkbook } from '@/services/workbook-download';

const DONE: Record<string, string> = {
  downloaded: '述职材料已下载',
  shared: '已发送述职材料',
  saved: '述职材料已下载到本机',
};

interface ExportButtonProps {
  query: FiguresQuery | null;
  /** 滨河街道-2026年, the workbook's file name before -述职材料.xlsx. */
  title: string;
}

/** 导出述职材料: the workbook of the figures on screen (same place and period), a sheet per topic. */
export function ExportButton({ query, title }: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download(from: FiguresQuery): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const outcome = await downloadWorkbook({
        route: ApiRoute.Figures.Workbook,
        query: figuresQuery(from),
        fileName: `${title}-述职材料.xlsx`,
      });
      // Opened in WeChat's viewer, the workbook speaks for itself.
      if (outcome !== 'opened') Taro.showToast({ title: DONE[outcome] ?? '已导出', icon: 'none' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className='figures-export'>
      <Button
        className='figures-export__button'
        type='primary'
        size='small'
        disabled={!query}
        loading={busy}
        onClick={() => query && void download(query)}
      >
        导出述职材料
      </Button>
      {error ? <Text className='form-error figures-export__error'>{error}</Text> : null}
    </View>
  );
}
