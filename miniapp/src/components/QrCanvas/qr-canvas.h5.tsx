import { useEffect, useRef } from 'react';

import { drawQr, qrMatrix } from './qr-matrix';

export interface QrCanvasProps {
  text: string;
  /** CSS px of the square. */
  size: number;
}

/** H5: a plain <canvas>, drawn at the device's pixel ratio so the modules stay sharp. */
export function QrCanvas({ text, size }: QrCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size * ratio;
    canvas.height = size * ratio;
    ctx.scale(ratio, ratio);
    drawQr(ctx, qrMatrix(text), size);
  }, [text, size]);
  return (
    <canvas
      ref={ref}
      className='qr-canvas'
      data-code={text}
      aria-label={`取货二维码 ${text}`}
      style={{ width: `${size}px`, height: `${size}px` }}
    />
  );
}
