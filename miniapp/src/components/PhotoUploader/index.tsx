import './photo-uploader.scss';

import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';

import { PhotoPicker } from './photo-picker';
import type { PhotoUploads } from './use-photo-uploads';

export type { PhotoUploads } from './use-photo-uploads';
export { usePhotoUploads } from './use-photo-uploads';

interface PhotoUploaderProps {
  uploads: PhotoUploads;
  max: number;
  className?: string;
}

/** Picked photos with per-photo progress, 重试 and 删除, and the picker while there is room. */
export function PhotoUploader({ uploads, max, className }: PhotoUploaderProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const remaining = max - uploads.items.length;
  return (
    <View className={['photo-uploader', className ?? ''].filter(Boolean).join(' ')}>
      <View className='photo-uploader__grid'>
        {uploads.items.map((item) => (
          <View key={item.local.key} className={`photo-tile photo-tile--${item.state}`}>
            <Image className='photo-tile__image' src={item.local.previewUrl} mode='aspectFill' />
            {item.state === 'uploading' ? <Text className='photo-tile__progress'>{item.progress}%</Text> : null}
            {item.state === 'error' ? (
              <View className='photo-tile__retry' onClick={() => uploads.retry(item.local.key)}>
                <Text className='photo-tile__retry-text'>上传失败{'\n'}点此重试</Text>
              </View>
            ) : null}
            <View className='photo-tile__remove' onClick={() => uploads.remove(item.local.key)}>
              <Text>×</Text>
            </View>
          </View>
        ))}
        {remaining > 0 ? (
          <PhotoPicker
            remaining={remaining}
            onPick={(photos) => {
              const dropped = uploads.add(photos);
              setNotice(dropped > 0 ? `最多 ${max} 张照片，多出的 ${dropped} 张没有添加` : null);
            }}
          />
        ) : null}
      </View>
      <Text className='form-hint photo-uploader__count'>
        {uploads.items.length}/{max} 张
      </Text>
      {notice ? <Text className='form-error photo-uploader__notice'>{notice}</Text> : null}
      {uploads.items
        .filter((item) => item.state === 'error' && item.error)
        .slice(0, 1)
        .map((item) => (
          <Text key={item.local.key} className='form-error photo-uploader__error'>
            {item.error}
          </Text>
        ))}
    </View>
  );
}
