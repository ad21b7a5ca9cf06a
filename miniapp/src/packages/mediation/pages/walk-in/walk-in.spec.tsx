import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { PagePath } from '@/routes';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { grant, mediationCase, meWith } from '../../../../../test/mediation-fixtures';
import { redirectTo, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import MediationWalkInPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MediationWalkInPage />
    </QueryClientProvider>,
  );
}

describe('登记来访', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
  });

  it('opens a phone case for a caller who is not a member, in the 负责人’s community', async () => {
    const sent = fakeApi({
      'GET me': [ok(meWith([grant('mediation_admin')]))],
      'GET places': [ok(pageOf([]))],
      'POST mediation/cases/walk-in': [ok(mediationCase({ id: 'case-7', source: 'phone' }), 201)],
    });
    renderPage();
    expect(await screen.findByText('登记到 阿吉拉沁社区 石榴调解工作室')).toBeTruthy();
    fireEvent.click(screen.getByText('来电'));
    fireEvent.change(screen.getByPlaceholderText('申请人姓名'), { target: { value: '巴特尔' } });
    fireEvent.click(screen.getByText('劳务/欠薪'));
    fireEvent.click(screen.getByText('手动填写'));
    fireEvent.change(screen.getByPlaceholderText('对方称呼，如：3号楼王先生'), { target: { value: '装修队李老板' } });
    fireEvent.change(screen.getByPlaceholderText('什么时候、发生了什么、双方沟通过吗'), {
      target: { value: '给3号楼装修干了二十天，工钱一直没结清。' },
    });
    fireEvent.change(screen.getByPlaceholderText('希望对方怎么做，或希望怎样解决'), { target: { value: '结清工钱' } });

    fireEvent.click(screen.getByText('登记案件'));
    expect(screen.getByText('请填写手机号')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('申请人手机号'), { target: { value: '13900000003' } });
    fireEvent.click(screen.getByText('登记案件'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: PagePath.MediationDetail('case-7') }));
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({
      communityId: 'community-ajilaqin',
      kind: 'labour',
      otherParty: { name: '装修队李老板' },
      account: '给3号楼装修干了二十天，工钱一直没结清。',
      hopes: '结清工钱',
      source: 'phone',
      requesterName: '巴特尔',
      requesterPhone: '13900000003',
    });
  });

  it('a 负责人 of a street picks the community first', async () => {
    const sent = fakeApi({
      'GET me': [ok(meWith([grant('mediation_admin', 'street')]))],
      'GET places': [
        ok(pageOf([{ id: 'community-xingwang', name: '兴旺社区', level: 'community', parentId: 'street-binhe' }])),
      ],
    });
    renderPage();
    expect(await screen.findByText('选择社区')).toBeTruthy();
    expect(screen.queryByText('纠纷类型')).toBeNull();
    fireEvent.click(screen.getByText('登记案件'));
    expect(screen.getByText('请选择社区')).toBeTruthy();
    fireEvent.click(await screen.findByText('兴旺社区'));
    expect(await screen.findByText('纠纷类型')).toBeTruthy();
    expect(sent.some((s) => s.method === 'POST')).toBe(false);
  });

  it('someone without the role is told so', async () => {
    fakeApi({ 'GET me': [ok(meWith([grant('community_staff')], '乌云'))] });
    renderPage();
    expect(await screen.findByText('你不是调解工作室负责人，不能登记来访')).toBeTruthy();
  });
});
