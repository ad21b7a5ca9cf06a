import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorCode, type RedemptionView } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { CollectPanel } from './collect-panel';

const collected: RedemptionView = {
  id: 'redemption-1',
  itemId: 'item-1',
  itemName: '石榴籽环保袋',
  memberId: 'member-1',
  memberNickname: '李秀兰',
  points: 20,
  status: 'collected',
  pickupCode: '48151623',
  pickupPlace: '兴旺社区党群服务中心',
  expiresAt: '2026-12-06T06:00:00.000Z',
  collectedAt: '2026-11-22T07:30:00.000Z',
  createdAt: '2026-11-22T06:00:00.000Z',
};

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <CollectPanel />
    </QueryClientProvider>,
  );
}

function typeCode(container: HTMLElement, code: string): void {
  fireEvent.change(container.querySelector('.code-entry__input') as HTMLInputElement, { target: { value: code } });
  fireEvent.click(screen.getByText('核销'));
}

describe('staff 核销取货', () => {
  beforeEach(() => taroTest.reset());

  it('asks for exactly 8 digits before sending anything', async () => {
    const sent = fakeApi({ 'POST mall/redemptions/collect': [ok(collected)] });
    const { container } = renderPanel();

    typeCode(container, '1234567');
    expect(await screen.findByText('请输入 8 位数字取货码')).toBeTruthy();
    typeCode(container, '1234567a');
    expect(screen.getByText('请输入 8 位数字取货码')).toBeTruthy();
    expect(sent).toHaveLength(0);

    typeCode(container, '4815 1623');
    expect(await screen.findByText('已领取')).toBeTruthy();
    expect(screen.getByText('请把「石榴籽环保袋」交给 李秀兰')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({ pickupCode: '48151623' });
  });

  it('shows the already-collected conflict with when it was collected', async () => {
    fakeApi({
      'POST mall/redemptions/collect': [
        fail(409, ErrorCode.Conflict, '该兑换已领取', { status: 'collected', collectedAt: '2026-11-22T07:30:00.000Z' }),
      ],
    });
    const { container } = renderPanel();

    typeCode(container, '48151623');

    expect(await screen.findByText('核销失败')).toBeTruthy();
    expect(screen.getByText('该兑换已于 2026年11月22日 15:30 领取，请勿重复发放')).toBeTruthy();
    expect(screen.queryByText('已领取')).toBeNull();
  });

  it('shows an unknown code as invalid', async () => {
    fakeApi({ 'POST mall/redemptions/collect': [fail(404, ErrorCode.PickupCodeInvalid, '取货码无效')] });
    const { container } = renderPanel();

    typeCode(container, '00000000');

    expect(await screen.findByText(/兑换码无效/)).toBeTruthy();
  });
});
