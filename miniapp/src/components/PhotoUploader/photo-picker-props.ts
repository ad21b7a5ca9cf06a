import type { LocalPhoto } from '@/services/photos';

export interface PhotoPickerProps {
  /** How many more may be picked. */
  remaining: number;
  onPick: (photos: LocalPhoto[]) => void;
}
