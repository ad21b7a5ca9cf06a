import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';

import { useDesk as weappDesk } from '@/hooks/use-desk.weapp';
import StaffBindingsPage from '@/packages/staff/pages/bindings/index';

import { fakeApi, ok } from '../../../test/fake-api';
import { pageOf } from '../../../test/report-fixtures';
import { atDesk } from '../../../test/staff-desk-fixtures';

function renderBindings() {
  fakeApi({ 'GET bindings': [ok(pageOf([]))] });
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <StaffBindingsPage />
    </QueryClientProvider>,
  );
}

describe('staff pages at a desk', () => {
  it('switch an existing staff page to the desk layout in a wide browser window only', async () => {
    atDesk(true);
    const desk = renderBindings();
    await screen.findByText('没有待审核的住址认证');
    expect(desk.container.querySelector('.staff-page--desk.staff-bindings-page')).toBeTruthy();
    desk.unmount();

    atDesk(false);
    const phone = renderBindings();
    await screen.findByText('没有待审核的住址认证');
    expect(phone.container.querySelector('.staff-bindings-page')).toBeTruthy();
    expect(phone.container.querySelector('.staff-page--desk')).toBeNull();
  });

  it('never in the mini-program, whatever its window', () => {
    expect(weappDesk()).toBe(false);
  });
});
