import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';

import MePage from '@/pages/me/index';

import { getAppBaseInfo, taroTest } from '../../test/mocks/taro';
import { resetElderModeForTests } from './elder-mode';

function renderMe() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MePage />
    </QueryClientProvider>,
  );
}
const elderPages = (container: HTMLElement) => container.querySelectorAll('.page-shell--elder').length;

describe('长辈模式 follows WeChat’s font size (适老化)', () => {
  beforeEach(() => {
    taroTest.reset();
    resetElderModeForTests();
  });

  it('turns itself on when WeChat’s type is large', () => {
    getAppBaseInfo.mockReturnValue({ fontSizeScaleFactor: 1.4, fontSizeSetting: 22 });
    const { container } = renderMe();
    expect(elderPages(container)).toBe(1);
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });

  it('stays off at the standard size', () => {
    getAppBaseInfo.mockReturnValue({ fontSizeScaleFactor: 1, fontSizeSetting: 17 });
    const { container } = renderMe();
    expect(elderPages(container)).toBe(0);
  });

  it('keeps the member’s switch-off even with large type, across a restart', () => {
    getAppBaseInfo.mockReturnValue({ fontSizeScaleFactor: 1.4 });
    const first = renderMe();
    fireEvent.click(screen.getByRole('switch'));
    expect(elderPages(first.container)).toBe(0);
    first.unmount();

    resetElderModeForTests();
    const again = renderMe();
    expect(elderPages(again.container)).toBe(0);
    expect(Taro.getStorageSync('tongxin.elderMode')).toBe(false);
  });
});
