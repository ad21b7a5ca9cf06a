import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { localPhotoKey } from '@/services/photos-common';

import type { PhotoPickerProps } from './photo-picker-props';

// chooseMedia's 'compressed' is light on some phones; squeeze anything still big before upload.
const COMPRESS_ABOVE_BYTES = 1024 * 1024;

async function compressed(path: string, size: number): Promise<string> {
  if (size <= COMPRESS_ABOVE_BYTES) return path;
  try {
    return (await Taro.compressImage({ src: path, quality: 70 })).tempFilePath;
  } catch {
    return path;
  }
}

/** Mini-program: camera or album through Taro.chooseMedia, at most `remaining` images. */
export function PhotoPicker({ remaining, onPick }: PhotoPickerProps) {
  async function pick(): Promise<void> {
    try {
      const result = await Taro.chooseMedia({
        count: Math.min(remaining, 9),
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['compressed'],
      });
      const paths = await Promise.all(result.tempFiles.map((file) => compressed(file.tempFilePath, file.size)));
      onPick(paths.map((path) => ({ key: localPhotoKey(), previewUrl: path })));
    } catch {
      // Cancelled by the user: nothing to do.
    }
  }
  return (
    <View className='photo-picker' hoverClass='photo-picker--pressed' onClick={pick}>
      <Text className='photo-picker__plus'>＋</Text>
      <Text className='photo-picker__label'>拍照/相册</Text>
    </View>
  );
}
