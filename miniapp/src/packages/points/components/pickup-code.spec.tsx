import { render, screen } from '@testing-library/react';

import { groupDigits, PickupCode } from './pickup-code';
import { drawQr, qrMatrix } from './qr-matrix';

describe('pickup code', () => {
  let fillRect: jest.Mock;
  let getContext: jest.SpyInstance;

  beforeEach(() => {
    fillRect = jest.fn();
    const ctx = { fillStyle: '', fillRect, scale: jest.fn() };
    getContext = jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
  });

  afterEach(() => getContext.mockRestore());

  it('shows the code as big digits and draws its QR code on a canvas, with the brightness tip', () => {
    const { container } = render(<PickupCode code='12345678' place='兴旺社区党群服务中心' />);

    expect(screen.getByText('1234 5678')).toBeTruthy();
    const canvas = container.querySelector('canvas');
    expect(canvas?.getAttribute('data-code')).toBe('12345678');
    expect(getContext).toHaveBeenCalledWith('2d');
    // A white square, then one rect per dark module of the code's matrix.
    const dark = qrMatrix('12345678').flat().filter(Boolean).length;
    expect(fillRect).toHaveBeenCalledTimes(1 + dark);
    expect(screen.getByText(/调亮屏幕/)).toBeTruthy();
    expect(screen.getByText('领取地点：兴旺社区党群服务中心')).toBeTruthy();
  });

  it('encodes the code as a scannable matrix (version 1, 21 modules, finder patterns in the corners)', () => {
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

  it('groups digits in fours', () => {
    expect(groupDigits('00012345')).toBe('0001 2345');
  });
});
