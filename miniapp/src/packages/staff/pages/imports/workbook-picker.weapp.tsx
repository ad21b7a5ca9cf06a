import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';

import type { WorkbookPickerProps } from './workbook-picker-props';

/** Mini-program: a workbook from a chat (e.g. sent from a computer to 文件传输助手), through chooseMessageFile. */
export function WorkbookPicker({ picked, onPick }: WorkbookPickerProps) {
  async function pick(): Promise<void> {
    try {
      const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
      const file = result.tempFiles[0];
      if (file) onPick({ name: file.name, size: file.size, path: file.path });
    } catch {
      // Cancelled: nothing picked.
    }
  }
  return (
    <Button className='workbook-picker__button' fill='outline' onClick={() => void pick()}>
      {picked ? '重新选择文件' : '从聊天中选择文件'}
    </Button>
  );
}
