import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';

import MePage from '@/pages/me/index';

import { PageShell } from '.';

describe('长辈模式', () => {
  it('switches every PageShell to the elder tokens and remembers the choice', () => {
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <MePage />
        <PageShell className='other-page'>内容</PageShell>
      </QueryClientProvider>,
    );
    const other = container.querySelector('.other-page');
    expect(other?.classList.contains('page-shell--elder')).toBe(false);

    fireEvent.click(screen.getByRole('switch'));

    expect(other?.classList.contains('page-shell--elder')).toBe(true);
    expect(container.querySelectorAll('.page-shell--elder')).toHaveLength(2);
    expect(Taro.getStorageSync('tongxin.elderMode')).toBe(true);
  });
});
