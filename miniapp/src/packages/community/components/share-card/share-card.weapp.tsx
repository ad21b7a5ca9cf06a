import './share-card.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { type CardCanvas, paintWeeklyCard } from '../../card/draw-card';
import type { WeeklyShareCardProps } from './share-card-props';

type CardNode = Taro.Canvas & CardCanvas;

const CANVAS_ID = 'weekly-share-canvas';

function canvasNode(): Promise<CardNode | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: CardNode } | null>) => resolve(result[0]?.node ?? null));
  });
}

function cancelled(reason: unknown): boolean {
  const message = typeof reason === 'object' && reason !== null && 'errMsg' in reason ? String(reason.errMsg) : '';
  return message.includes('cancel');
}

/** WeChat's share sheet for an image (发送给朋友 / 群); older WeChat without it gets the full-screen preview. */
async function shareImage(path: string): Promise<void> {
  try {
    await Taro.showShareImageMenu({ path });
  } catch (reason) {
    if (!cancelled(reason)) await Taro.previewImage({ urls: [path], current: path });
  }
}

/** Weapp: the card is drawn on an off-screen canvas type="2d", saved as a temp PNG and offered to share. */
export function WeeklyShareCard({ weekly }: WeeklyShareCardProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function generate(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      const canvas = await canvasNode();
      if (!canvas || !paintWeeklyCard(canvas, weekly)) throw new Error('no canvas');
      const { tempFilePath } = await Taro.canvasToTempFilePath({
        canvas,
        fileType: 'png',
        destWidth: canvas.width,
        destHeight: canvas.height,
      });
      await shareImage(tempFilePath);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className='share-card'>
      <Canvas type='2d' id={CANVAS_ID} className='share-card__canvas' />
      <Button className='share-card__generate form-submit' type='primary' block loading={busy} onClick={generate}>
        生成分享图
      </Button>
      {failed ? <Text className='form-error share-card__error'>分享图没有生成，请再试一次</Text> : null}
      <Text className='form-hint share-card__hint'>生成后可直接发送到楼栋微信群</Text>
    </View>
  );
}
