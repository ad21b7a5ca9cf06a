import './share-card.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { paintWeeklyCard } from '../../card/draw-card';
import { shareFileName, type WeeklyShareCardProps } from './share-card-props';

/**
 * H5: the card is drawn on a detached canvas and shown as a PNG the member long-presses to save or send (WeChat's
 * browser), with a download link for a desk browser.
 */
export function WeeklyShareCard({ weekly }: WeeklyShareCardProps) {
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  function generate(): void {
    const canvas = document.createElement('canvas');
    const drawn = paintWeeklyCard(canvas, weekly);
    setFailed(!drawn);
    setImage(drawn ? canvas.toDataURL('image/png') : null);
  }

  return (
    <View className='share-card'>
      <Button className='share-card__generate form-submit' type='primary' block onClick={generate}>
        生成分享图
      </Button>
      {failed ? <Text className='form-error share-card__error'>这个浏览器画不出分享图，请换个浏览器试试</Text> : null}
      {image ? (
        <View className='share-card__result'>
          <img className='share-card__image' src={image} alt={`${weekly.grid.name}网格周报`} />
          <Text className='form-hint share-card__hint'>长按图片保存或发送，转发到楼栋微信群</Text>
          <a className='share-card__download' href={image} download={shareFileName(weekly)}>
            下载图片
          </a>
        </View>
      ) : null}
    </View>
  );
}
