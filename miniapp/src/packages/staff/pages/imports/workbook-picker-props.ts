import type { PickedWorkbook } from '@/services/import-upload';

export interface WorkbookPickerProps {
  picked: PickedWorkbook | null;
  onPick: (workbook: PickedWorkbook) => void;
}
