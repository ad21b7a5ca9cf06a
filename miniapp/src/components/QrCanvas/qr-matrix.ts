import qrcode from 'qrcode-generator';

/** Dark modules of a QR code for `text`, row by row (error correction M). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (__, col) => qr.isDark(row, col)));
}

/** The slice of a 2D context the QR drawing needs; weapp's and the browser's both fit. */
export interface QrContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  fillRect(x: number, y: number, width: number, height: number): void;
}

const QUIET_ZONE = 2;

/** Draws the matrix as rects on a white square of `size` px, with a quiet zone around it. */
export function drawQr(ctx: QrContext, matrix: boolean[][], size: number): void {
  const cells = matrix.length + QUIET_ZONE * 2;
  const cell = size / cells;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#000000';
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      // Overlap by a fraction of a pixel so no hairlines show between modules.
      if (dark) ctx.fillRect((c + QUIET_ZONE) * cell, (r + QUIET_ZONE) * cell, cell + 0.5, cell + 0.5);
    }),
  );
}
