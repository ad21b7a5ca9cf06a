import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { ApiRoute, IMPORT_KIND_LABEL, type ImportKind } from '@tongxin/types';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';
import { downloadWorkbook } from '@/services/workbook-download';

/** Mini-program: downloads the template and opens it in WeChat's viewer, whose menu forwards it to a computer. */
export function TemplateLink({ kind }: { kind: ImportKind }) {
  const [busy, setBusy] = useState(false);
  async function open(): Promise<void> {
    setBusy(true);
    try {
      const outcome = await downloadWorkbook({
        route: ApiRoute.ImportTemplate(kind),
        fileName: `导入模板-${IMPORT_KIND_LABEL[kind]}.xlsx`,
      });
      if (outcome === 'saved') Taro.showToast({ title: '模板已下载', icon: 'none' });
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button className='template-link' fill='outline' loading={busy} onClick={() => void open()}>
      下载模板
    </Button>
  );
}
