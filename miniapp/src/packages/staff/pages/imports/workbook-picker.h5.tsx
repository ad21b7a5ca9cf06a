import { Text } from '@tarojs/components';
import type { ChangeEvent } from 'react';

import type { WorkbookPickerProps } from './workbook-picker-props';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** H5 (a desk or a phone browser): a file input for one .xlsx workbook. */
export function WorkbookPicker({ picked, onPick }: WorkbookPickerProps) {
  function change(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) onPick({ name: file.name, size: file.size, file });
  }
  return (
    <label className='workbook-picker'>
      <input className='workbook-picker__input' type='file' accept={XLSX_ACCEPT} onChange={change} />
      <Text className='workbook-picker__button'>{picked ? '重新选择文件' : '选择文件'}</Text>
    </label>
  );
}
