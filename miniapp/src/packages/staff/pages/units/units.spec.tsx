import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PlaceUnitSummary } from '@tongxin/types';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk, staffMe, XINGWANG_STAFF } from '../../../../../test/staff-desk-fixtures';
import StaffUnitsPage from './index';
import { unitFields, unitRequest } from './unit-fields';

const station: PlaceUnitSummary = {
  id: 'unit-1',
  placeId: 'community-xingwang',
  placeName: '兴旺社区',
  kind: 'education_station',
  name: '兴旺社区实践教育站',
  address: '党群服务中心一楼',
  services: '红石榴课堂',
  openingHours: '周一至周六 8:30–18:00',
  contactName: '刘敏',
  contactPhone: '0477-8000102',
  location: null,
  retired: false,
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffUnitsPage />
    </QueryClientProvider>,
  );
}

describe('站点与共建单位', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
  });

  it('lists the community’s units with hours and contact, and edits one (an emptied field is cleared)', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET places/community-xingwang/units': [ok(pageOf([station]))],
      'PATCH place-units/unit-1': [ok({ ...station, contactPhone: null })],
    });
    renderPage();
    expect(await screen.findByText('周一至周六 8:30–18:00')).toBeTruthy();
    expect(screen.getByText('刘敏 0477-8000102')).toBeTruthy();

    fireEvent.click(screen.getByText('编辑'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByDisplayValue('0477-8000102'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByText('保存'));
    await screen.findByText('编辑');
    expect(sent.filter((s) => s.method === 'PATCH').map((s) => s.data)).toEqual([
      {
        name: '兴旺社区实践教育站',
        address: '党群服务中心一楼',
        services: '红石榴课堂',
        openingHours: '周一至周六 8:30–18:00',
        contactName: '刘敏',
        contactPhone: null,
        location: null,
      },
    ]);
  });

  it('refuses a malformed service number before asking the API', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET places/community-xingwang/units': [ok(pageOf([]))],
      'GET places': [ok(pageOf([]))],
    });
    renderPage();
    fireEvent.click(await screen.findByText('新增'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('同心服务点'));
    fireEvent.change(within(dialog).getByPlaceholderText('例如：兴旺社区同心服务点'), {
      target: { value: '新服务点' },
    });
    fireEvent.change(within(dialog).getByPlaceholderText('例如：0477-8123456'), { target: { value: '电话' } });
    fireEvent.click(within(dialog).getByText('保存'));
    expect(await within(dialog).findByText('服务电话格式不正确')).toBeTruthy();
    fireEvent.change(within(dialog).getByPlaceholderText('例如：0477-8123456'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByPlaceholderText('经度 109.78'), { target: { value: '109.78' } });
    fireEvent.click(within(dialog).getByText('保存'));
    expect(await within(dialog).findByText('经度和纬度要一起填写')).toBeTruthy();
    expect(sent.some((s) => s.method === 'POST')).toBe(false);
  });

  it('sends only filled details when creating', () => {
    const fields = { ...unitFields(null), name: ' 新点 ', openingHours: '全天', lng: '109.7', lat: '39.6' };
    expect(unitRequest(fields, false)).toEqual({ openingHours: '全天', location: { lng: 109.7, lat: 39.6 } });
  });
});
