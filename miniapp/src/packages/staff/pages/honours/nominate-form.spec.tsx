import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import {
  HonourKind,
  type HonourView,
  type MemberSummary,
  type NominateHonourRequest,
  type Page,
  PlaceUnitKind,
  type PlaceUnitSummary,
} from '@tongxin/types';

import { fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { showToast, taroTest } from '../../../../../test/mocks/taro';
import { NominateForm } from './nominate-form';

const COMMUNITY = 'community-1';

function page<T>(items: T[]): Page<T> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

const member: MemberSummary = {
  id: 'member-1',
  nickname: '李秀兰',
  phone: '138****1234',
  homeId: 'home-1',
  homeName: '丽日家园1号楼',
};

const NO_DETAILS = { services: null, openingHours: null, contactName: null, contactPhone: null, location: null };

const bakery: PlaceUnitSummary = {
  id: 'unit-1',
  placeId: COMMUNITY,
  placeName: '兴旺社区',
  kind: PlaceUnitKind.Business,
  name: '兴旺烘焙坊',
  address: '兴旺路 8 号',
  ...NO_DETAILS,
  retired: false,
};

const teahouse: PlaceUnitSummary = {
  ...bakery,
  id: 'unit-2',
  placeId: 'grid-1',
  placeName: '丽日家园网格',
  name: '石榴茶馆',
  address: null,
};

function nominated(kind: HonourKind, name: string): HonourView {
  return {
    id: 'honour-1',
    communityId: COMMUNITY,
    kind,
    name,
    citation: '疫情期间为独居老人送菜上门',
    status: 'nominated',
    publishedFrom: null,
    publishedUntil: null,
    nominatedBy: 'staff-1',
    approvedBy: null,
    createdAt: '2026-11-22T06:00:00.000Z',
  };
}

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <NominateForm communityId={COMMUNITY} />
    </QueryClientProvider>,
  );
}

function fillCitation(container: HTMLElement, text: string): void {
  fireEvent.change(container.querySelector('.nominate-form__citation') as HTMLTextAreaElement, {
    target: { value: text },
  });
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('staff 提名光荣榜', () => {
  beforeEach(() => taroTest.reset());

  it('nominates a member as before, with memberId and no businessUnitId', async () => {
    const sent = fakeApi({
      'GET members': [ok(page([member]))],
      'POST honours': [ok(nominated(HonourKind.Person, member.nickname))],
    });
    const { container } = renderForm();

    expect(screen.getByText('提名石榴籽个人')).toBeTruthy();
    fireEvent.click(await screen.findByText('李秀兰'));
    expect(screen.getByText('被提名人：李秀兰')).toBeTruthy();
    fillCitation(container, '常年义务照看楼里的独居老人');
    fireEvent.click(screen.getByText('提交提名'));

    expect(await screen.findByText('被提名人')).toBeTruthy();
    expect(posts(sent).map((request) => request.data)).toEqual([
      {
        communityId: COMMUNITY,
        kind: HonourKind.Person,
        memberId: member.id,
        citation: '常年义务照看楼里的独居老人',
        publishDays: 30,
      } satisfies NominateHonourRequest,
    ]);
    expect(posts(sent)[0].data).not.toHaveProperty('businessUnitId');
    expect(sent.some((request) => request.url.includes('/units'))).toBe(false);
  });

  it('lists the community’s businesses and nominates the one tapped, without a memberId', async () => {
    const sent = fakeApi({
      'GET members': [ok(page([member]))],
      [`GET places/${COMMUNITY}/units`]: [ok(page([bakery, teahouse]))],
      'POST honours': [ok(nominated(HonourKind.Business, bakery.name))],
    });
    const { container } = renderForm();
    // A member picked before switching must not leak into the business nomination.
    fireEvent.click(await screen.findByText('李秀兰'));

    fireEvent.click(screen.getByText('石榴籽企业'));
    expect(screen.getByText('提名石榴籽企业')).toBeTruthy();
    expect(await screen.findByText('兴旺烘焙坊')).toBeTruthy();
    expect(screen.getByText('兴旺路 8 号')).toBeTruthy();
    // Without an address, the place it is registered on says where it is.
    expect(screen.getByText('丽日家园网格')).toBeTruthy();
    expect(screen.queryByText('李秀兰')).toBeNull();
    const unitsUrl = sent.find((request) => request.url.includes('/units'))?.url ?? '';
    expect(unitsUrl).toMatch(
      new RegExp(`/api/places/${COMMUNITY}/units\\?kind=business&withAncestors=true&page=1&pageSize=20$`),
    );

    fireEvent.click(screen.getByText('兴旺烘焙坊'));
    expect(screen.getByText('被提名商户：兴旺烘焙坊')).toBeTruthy();
    expect(container.querySelector('.business-option--selected')?.textContent).toContain('兴旺烘焙坊');
    fillCitation(container, '疫情期间为独居老人送菜上门');
    fireEvent.click(screen.getByText('提交提名'));

    // On success the selection clears for the next nomination.
    expect(await screen.findByText('被提名商户')).toBeTruthy();
    expect(container.querySelector('.business-option--selected')).toBeNull();
    expect(showToast).toHaveBeenCalledWith({ title: '已提名，等待另一位工作人员审核', icon: 'none' });
    const [post] = posts(sent);
    expect(post.data).toEqual({
      communityId: COMMUNITY,
      kind: HonourKind.Business,
      businessUnitId: bakery.id,
      citation: '疫情期间为独居老人送菜上门',
      publishDays: 30,
    } satisfies NominateHonourRequest);
    expect(post.data).not.toHaveProperty('memberId');
    expect(posts(sent)).toHaveLength(1);
  });

  it('asks for a business before sending anything', async () => {
    const sent = fakeApi({ [`GET places/${COMMUNITY}/units`]: [ok(page([bakery]))] });
    const { container } = renderForm();

    fireEvent.click(screen.getByText('石榴籽企业'));
    await screen.findByText('兴旺烘焙坊');
    fillCitation(container, '疫情期间为独居老人送菜上门');
    fireEvent.click(screen.getByText('提交提名'));

    expect(await screen.findByText('请选择被提名的商户')).toBeTruthy();
    expect(posts(sent)).toHaveLength(0);
  });

  it('says so when the community has no registered business', async () => {
    fakeApi({ [`GET places/${COMMUNITY}/units`]: [ok(page([]))] });
    renderForm();

    fireEvent.click(screen.getByText('石榴籽企业'));

    expect(await screen.findByText('本社区还没有登记商户')).toBeTruthy();
  });
});
