import { render, screen } from '@testing-library/react';

import { qrMatrix } from '@/components/QrCanvas/qr-matrix';

import { groupDigits, PickupCode } from './pickup-code';

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

  it('groups digits in fours', () => {
    expect(groupDigits('00012345')).toBe('0001 2345');
  });
});
