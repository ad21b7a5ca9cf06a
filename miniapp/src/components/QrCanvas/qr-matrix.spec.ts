import { drawQr, qrMatrix } from './qr-matrix';

describe('QR matrix', () => {
  it('encodes the text as a scannable matrix (version 1, 21 modules, finder patterns in the corners)', () => {
    const matrix = qrMatrix('12345678');
    expect(matrix).toHaveLength(21);
    // Top-left finder pattern: a dark 7×7 ring.
    expect(matrix[0].slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
    expect(matrix[1].slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
    expect(qrMatrix('87654321')).not.toEqual(matrix);
  });

  it('scales modules to the canvas size, inside a quiet zone', () => {
    const rects: number[][] = [];
    drawQr({ fillStyle: '', fillRect: (...args: number[]) => rects.push(args) }, [[true]], 50);
    expect(rects[0]).toEqual([0, 0, 50, 50]);
    expect(rects[1]).toEqual([20, 20, 10.5, 10.5]);
  });
});
