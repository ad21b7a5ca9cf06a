import { Text } from '@tarojs/components';
import type { ChangeEvent } from 'react';

import { localPhotoKey } from '@/services/photos-common';

import type { PhotoPickerProps } from './photo-picker-props';

/** H5: a file input (the camera on phones); the picked File is uploaded as it is. */
export function PhotoPicker({ remaining, onPick }: PhotoPickerProps) {
  function change(event: ChangeEvent<HTMLInputElement>): void {
    const files = Array.from(event.target.files ?? []).filter((file) => file.type.startsWith('image/'));
    // Clear it so picking the same file again fires another change.
    event.target.value = '';
    if (files.length === 0) return;
    onPick(files.map((file) => ({ key: localPhotoKey(), previewUrl: URL.createObjectURL(file), file })));
  }
  return (
    <label className='photo-picker'>
      <input className='photo-picker__input' type='file' accept='image/*' multiple={remaining > 1} onChange={change} />
      <Text className='photo-picker__plus'>＋</Text>
      <Text className='photo-picker__label'>拍照/相册</Text>
    </label>
  );
}
