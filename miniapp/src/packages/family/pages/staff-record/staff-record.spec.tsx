import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode } from '@tongxin/types';

import { PagePath } from '@/routes';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { navigateBack, taroTest } from '../../../../../test/mocks/taro';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import FamilyStaffRecordPage from './index';

function renderPage(params: Record<string, string | undefined>) {
  taroTest.setRouterParams(params);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <FamilyStaffRecordPage />
    </QueryClientProvider>,
  );
}

/** The query of the page's address, as the router hands it over (values still encoded, as on the mini-program). */
function paramsOf(url: string): Record<string, string> {
  return Object.fromEntries(
    url
      .split('?')[1]
      .split('&')
      .map((pair) => pair.split('=') as [string, string]),
  );
}

describe('登记家属代办', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
  });

  it('records the elder’s consent for a family member found by phone, from the link the care page opens', async () => {
    const sent = fakeApi({ 'POST family/links/staff': [ok([], 201)] });
    renderPage(paramsOf(PagePath.FamilyStaffRecord('parent-1', '马桂芳')));
    expect(screen.getByText('住户：马桂芳')).toBeTruthy();

    fireEvent.click(screen.getByText('确认登记'));
    expect(screen.getByText('请填写手机号')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13800000013' } });
    fireEvent.click(screen.getByText('女儿'));
    fireEvent.click(screen.getByText('确认登记'));

    expect(await screen.findByText('家属已收到通知，现在就可以为马桂芳代办。')).toBeTruthy();
    expect(sent[0].data).toEqual({ parentId: 'parent-1', childPhone: '13800000013', relation: '女儿' });
    fireEvent.click(screen.getByText('返回'));
    expect(navigateBack).toHaveBeenCalled();
  });

  it('tells under the phone when the number is not a member’s yet, and shows other refusals under the form', async () => {
    fakeApi({
      'POST family/links/staff': [
        fail(422, ErrorCode.ValidationFailed, '该手机号还不是同心成员，请家人先注册', [
          { field: 'childPhone', problems: ['不是成员'] },
        ]),
        fail(403, ErrorCode.Forbidden, '没有权限'),
      ],
    });
    renderPage({ parentId: 'parent-1' });
    expect(screen.getByText('登记家属代办', { selector: '.form-card__title' })).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13900001111' } });
    fireEvent.click(screen.getByText('儿子'));

    fireEvent.click(screen.getByText('确认登记'));
    expect(await screen.findByText('该手机号还不是同心成员，请家人先注册')).toBeTruthy();

    fireEvent.click(screen.getByText('确认登记'));
    expect(await screen.findByText('没有权限')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('该手机号还不是同心成员，请家人先注册')).toBeNull());
  });

  it('says where to open it from when the page has no elder', () => {
    const sent = fakeApi({});
    renderPage({});
    expect(screen.getByText('缺少住户信息，请从帮扶对象页打开')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
