import './star-rating.scss';

import { Text, View } from '@tarojs/components';

const STARS = [1, 2, 3, 4, 5];
const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

interface StarRatingProps {
  value: number;
  onChange: (value: number) => void;
}

/** 1–5 stars, each a big touch target. */
export function StarRating({ value, onChange }: StarRatingProps) {
  return (
    <View className='star-rating'>
      <View className='star-rating__stars'>
        {STARS.map((star) => (
          <View
            key={star}
            className={`star-rating__star star-rating__star--${star}${star <= value ? ' star-rating__star--on' : ''}`}
            onClick={() => onChange(star)}
          >
            <Text>{star <= value ? '★' : '☆'}</Text>
          </View>
        ))}
      </View>
      <Text className='star-rating__word'>{WORDS[value] ?? ''}</Text>
    </View>
  );
}
