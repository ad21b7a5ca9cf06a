import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@tongxin/types';

import { clearSession } from '@/services/session';

import { fail, fakeApi, ok } from '../../../test/fake-api';
import { showToast, taroTest } from '../../../test/mocks/taro';
import { signIn } from '../../../test/session';
import { FlagButton } from './index';

function renderButton(props: { mine?: boolean } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <FlagButton kind='event' id='e1' subject='这个活动' {...props} />
    </QueryClientProvider>,
  );
}

describe('FlagButton (举报)', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('is not offered on the member’s own item, nor to someone signed out', () => {
    const { unmount } = renderButton({ mine: true });
    expect(screen.queryByText('举报')).toBeNull();
    unmount();

    renderButton();
    expect(screen.getByText('举报')).toBeTruthy();
    act(() => clearSession());
    expect(screen.queryByText('举报')).toBeNull();
  });

  it('asks for a reason, then sends the reason and the note, thanks the member and closes', async () => {
    const sent = fakeApi({ 'POST flags': [ok({ hidden: false }, 201)] });
    renderButton();

    fireEvent.click(screen.getByText('举报'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('举报这个活动')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('提交举报'));
    expect(await within(dialog).findByText('请选择举报原因')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.click(within(dialog).getByText('虚假信息'));
    fireEvent.change(within(dialog).getByPlaceholderText('补充说明（选填）'), {
      target: { value: '  没有这个活动  ' },
    });
    fireEvent.click(within(dialog).getByText('提交举报'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.map((s) => [s.method, s.url, s.data])).toEqual([
      ['POST', 'http://api.test/api/flags', { kind: 'event', id: 'e1', reason: 'false', note: '没有这个活动' }],
    ]);
    expect(showToast).toHaveBeenCalledWith({ title: '已收到举报，我们会尽快处理', icon: 'none' });
  });

  it('keeps the sheet open with the reason when the flag is refused', async () => {
    fakeApi({ 'POST flags': [fail(404, ErrorCode.NotFound, '内容不存在或已删除')] });
    renderButton();

    fireEvent.click(screen.getByText('举报'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('广告骚扰'));
    fireEvent.click(within(dialog).getByText('提交举报'));

    expect(await within(dialog).findByText('内容不存在或已删除')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(showToast).not.toHaveBeenCalled();
  });
});
