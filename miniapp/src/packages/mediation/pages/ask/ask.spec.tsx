import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { liriBuilding, liriResident } from '../../../../../test/community-fixtures';
import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { mediationCase } from '../../../../../test/mediation-fixtures';
import { redirectTo, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import MediationAskPage from './index';

const ACCOUNT = '楼上每天夜里十二点后还在拖动家具，噪音很大。';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MediationAskPage />
    </QueryClientProvider>,
  );
}

function routes(extra = {}) {
  return fakeApi({
    'GET me': [ok(liriResident)],
    'GET places/building-2': [ok(liriBuilding)],
    'GET places': [ok(pageOf([]))],
    'GET mediation/parties': [ok([{ id: 'member-9', name: '张大爷', buildingName: '丽日家园1号楼' }])],
    'POST mediation/cases': [ok(mediationCase({ id: 'case-9' }), 201)],
    ...extra,
  });
}

function fillDispute() {
  fireEvent.click(screen.getByText('邻里纠纷'));
  fireEvent.change(screen.getByPlaceholderText('什么时候、发生了什么、双方沟通过吗'), { target: { value: ACCOUNT } });
  fireEvent.change(screen.getByPlaceholderText('希望对方怎么做，或希望怎样解决'), {
    target: { value: '晚上十点后安静' },
  });
}

describe('申请调解', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('picks the other party by name (asked once the typing pauses, from two characters) and sends the case', async () => {
    const sent = routes();
    renderPage();
    expect(await screen.findByText('提交给 兴旺社区 石榴调解工作室')).toBeTruthy();
    fillDispute();
    const name = screen.getByPlaceholderText('对方姓名');
    fireEvent.change(name, { target: { value: '张' } });
    expect(screen.getByText('输入对方姓名或昵称（至少 2 个字）')).toBeTruthy();
    fireEvent.change(name, { target: { value: '张大' } });
    fireEvent.change(name, { target: { value: '张大爷' } });
    fireEvent.click(await screen.findByText('丽日家园1号楼'));
    const searches = sent.filter((s) => s.url.includes('mediation/parties'));
    expect(searches.map((s) => s.url)).toEqual([
      `http://api.test/api/mediation/parties?communityId=community-1&q=${encodeURIComponent('张大爷')}`,
    ]);

    fireEvent.click(screen.getByText('周末'));
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() =>
      expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/mediation/pages/detail/index?id=case-9' }),
    );
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({
      communityId: 'community-1',
      kind: 'neighbour',
      otherParty: { memberId: 'member-9' },
      account: ACCOUNT,
      hopes: '晚上十点后安静',
      preferredTimes: '周末',
    });
  });

  it('says what is missing and sends nothing', async () => {
    const sent = routes();
    renderPage();
    fireEvent.click(await screen.findByText('提交申请'));
    expect(screen.getByText('请选择纠纷类型')).toBeTruthy();
    expect(screen.getByText('请搜索并选择对方，或改为手动填写')).toBeTruthy();
    expect(screen.getByText('请把事情经过写清楚（至少 10 个字）')).toBeTruthy();
    expect(sent.some((s) => s.method === 'POST')).toBe(false);
  });

  it('takes a non-member typed in, checks their phone, and shows refused words', async () => {
    const sent = routes({ 'POST mediation/cases': [fail(422, 'CONTENT_RISKY')] });
    renderPage();
    await screen.findByText('提交申请');
    fillDispute();
    fireEvent.click(screen.getByText('手动填写'));
    fireEvent.change(screen.getByPlaceholderText('对方称呼，如：3号楼王先生'), { target: { value: '楼下商户' } });
    fireEvent.change(screen.getByPlaceholderText('对方手机号（选填，仅调解员可见）'), { target: { value: '1380000' } });
    fireEvent.click(screen.getByText('提交申请'));
    expect(screen.getByText('请填写 11 位手机号')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('对方手机号（选填，仅调解员可见）'), {
      target: { value: '138 0000 0002' },
    });
    fireEvent.click(screen.getByText('提交申请'));
    expect(await screen.findByText('内容不合规，请修改后再提交')).toBeTruthy();
    expect(screen.getByText('事情经过或希望达成中有不合规内容，请修改')).toBeTruthy();
    expect((sent.find((s) => s.method === 'POST')?.data as { otherParty: unknown }).otherParty).toEqual({
      name: '楼下商户',
      phone: '13800000002',
    });
  });

  it('tells a member without a home to verify it first', async () => {
    fakeApi({ 'GET me': [ok({ ...liriResident, roles: [] })] });
    renderPage();
    expect(await screen.findByText('请先认证住址，调解申请会交给你所在社区的调解工作室')).toBeTruthy();
  });
});
