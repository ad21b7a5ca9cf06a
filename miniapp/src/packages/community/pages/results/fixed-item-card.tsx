import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type PhotoView, REPORT_KIND_LABEL, type ResultsFixedItem } from '@tongxin/types';

import { formatDate } from '@/utils/format-date';

interface PhotoSideProps {
  label: string;
  photos: PhotoView[];
  /** Every photo of the item, before then after, so the preview can swipe across both. */
  urls: string[];
}

/** One side of the before/after pair: the first photo's thumbnail, +N for the rest; a tap opens them all. */
function PhotoSide({ label, photos, urls }: PhotoSideProps) {
  const [first] = photos;
  return (
    <View className='photo-side'>
      <Text className='photo-side__label'>{label}</Text>
      {first ? (
        <View className='photo-side__frame' onClick={() => Taro.previewImage({ urls, current: first.url })}>
          <Image className='photo-side__image' src={first.thumbUrl} mode='aspectFill' />
          {photos.length > 1 ? <Text className='photo-side__more'>+{photos.length - 1}</Text> : null}
        </View>
      ) : (
        <View className='photo-side__frame photo-side__frame--empty'>
          <Text className='photo-side__none'>无照片</Text>
        </View>
      )}
    </View>
  );
}

/** A fixed problem or served need as the public sees it: category, place, day, photos before and after. */
export function FixedItemCard({ item }: { item: ResultsFixedItem }) {
  const urls = [...item.before, ...item.after].map((photo) => photo.url);
  return (
    <View className='results-card fixed-item'>
      <View className='fixed-item__head'>
        <Text className='fixed-item__category'>
          {REPORT_KIND_LABEL[item.kind]} · {item.categoryName}
        </Text>
        <Text className='fixed-item__date'>{formatDate(item.fixedAt)}办结</Text>
      </View>
      <Text className='fixed-item__place'>{item.placeName}</Text>
      <View className='fixed-item__photos'>
        <PhotoSide label='处理前' photos={item.before} urls={urls} />
        <PhotoSide label='处理后' photos={item.after} urls={urls} />
      </View>
    </View>
  );
}
