import { Canvas } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';

import type { QrCanvasProps } from './qr-canvas.h5';
import { drawQr, type QrContext, qrMatrix } from './qr-matrix';

interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): QrContext & { scale(x: number, y: number): void };
}

/** Weapp: a type="2d" Canvas, found through a selector query once it is on screen. */
export function QrCanvas({ text, size }: QrCanvasProps) {
  // A page shows each code (pickup code, ticket) once, so the code makes a unique id.
  const id = `qr-canvas-${text.replace(/[^A-Za-z0-9_-]/g, '')}`;
  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((result: Array<{ node?: CanvasNode } | null>) => {
          const canvas = result[0]?.node;
          if (!canvas) return;
          const ratio = Taro.getWindowInfo().pixelRatio || 1;
          canvas.width = size * ratio;
          canvas.height = size * ratio;
          const ctx = canvas.getContext('2d');
          ctx.scale(ratio, ratio);
          drawQr(ctx, qrMatrix(text), size);
        });
    });
  }, [id, text, size]);
  return <Canvas type='2d' id={id} className='qr-canvas' style={{ width: `${size}px`, height: `${size}px` }} />;
}
