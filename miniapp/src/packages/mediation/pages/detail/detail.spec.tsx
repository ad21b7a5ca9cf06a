import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { mediationCase, session } from '../../../../../test/mediation-fixtures';
import { previewImage, showModal, showToast, taroTest } from '../../../../../test/mocks/taro';
import { photo } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import MediationDetailPage from './index';

const CASE = 'GET mediation/cases/case-1';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  taroTest.setRouterParams({ id: 'case-1' });
  return render(
    <QueryClientProvider client={client}>
      <MediationDetailPage />
    </QueryClientProvider>,
  );
}

const posts = (sent: { method: string; url: string; data?: unknown }[]) =>
  sent
    .filter((s) => s.method === 'POST')
    .map((s) => ({ url: s.url.replace('http://api.test/api/', ''), data: s.data }));

describe('调解详情: what the reader sees', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('shows the requester the case and its progress, with no buttons the API did not give', async () => {
    fakeApi({ [CASE]: [ok(mediationCase())] });
    const { container } = renderPage();
    expect(await screen.findByText('邻里纠纷')).toBeTruthy();
    expect(screen.getByText('待受理')).toBeTruthy();
    expect(screen.getByText('楼上住户老张 · 1号楼')).toBeTruthy();
    expect(screen.getByText('应于 2026年11月25日 18:00 前受理')).toBeTruthy();
    expect(screen.getByText('本案件仅当事人、调解员和调解工作室可见')).toBeTruthy();
    expect(container.querySelector('.case-actions')).toBeNull();
  });

  it('shows a phone only when the API sends it', async () => {
    const other = { memberId: null, name: '楼上住户老张', buildingName: '1号楼', phone: '139****0003' };
    fakeApi({ [CASE]: [ok(mediationCase({ viewerIs: 'mediator', otherParty: other }))] });
    renderPage();
    expect(await screen.findByText('楼上住户老张 · 1号楼 · 139****0003')).toBeTruthy();
  });

  it('says the case does not exist to anyone the API keeps it from', async () => {
    fakeApi({ [CASE]: [fail(404, 'MEDIATION_NOT_FOUND')] });
    renderPage();
    expect(await screen.findByText('案件不存在，或你无权查看')).toBeTruthy();
    expect(screen.queryByText('邻里纠纷')).toBeNull();
  });

  it('previews the signed agreement and shows sessions, outcome, follow-up and rating', async () => {
    const resolved = mediationCase({
      status: 'resolved',
      mediator: { id: 'm1', name: '敖登' },
      sessions: [
        session('s1', { status: 'held', attendees: ['其其格', '老张', '敖登'], notes: '双方各自陈述，达成一致' }),
      ],
      outcome: 'agreed',
      agreement: '晚上十点后不再拖动家具',
      agreementPhotos: [photo('agreement')],
      resolvedAt: '2026-11-27T12:00:00.000Z',
      followUp: { held: true, note: '再无噪音', at: '2026-12-27T02:00:00.000Z' },
      rating: 5,
      ratingComment: '很满意',
    });
    fakeApi({ [CASE]: [ok(resolved)] });
    const { container } = renderPage();
    expect(await screen.findByText('调解结果：达成协议')).toBeTruthy();
    expect(screen.getByText('到场：其其格、老张、敖登')).toBeTruthy();
    expect(screen.getByText('协议履行良好')).toBeTruthy();
    expect(screen.getByText('很满意')).toBeTruthy();
    fireEvent.click(container.querySelector('.case-outcome__photos .photo-strip__item') as HTMLElement);
    expect(previewImage).toHaveBeenCalledWith({
      urls: ['https://img.test/agreement.jpg'],
      current: 'https://img.test/agreement.jpg',
    });
  });
});

describe('调解详情: actions from `can`', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('the studio accepts and assigns a mediator at once', async () => {
    const requested = mediationCase({ viewerIs: 'staff' }, { accept: true, decline: true });
    const accepted = mediationCase({ viewerIs: 'staff', status: 'accepted', mediator: { id: 'm1', name: '敖登' } });
    const sent = fakeApi({
      [CASE]: [ok(requested), ok(accepted)],
      'GET mediation/mediators': [
        ok([
          { id: 'm1', name: '敖登' },
          { id: 'm2', name: '巴图' },
        ]),
      ],
      'POST mediation/cases/case-1/accept': [ok(accepted)],
    });
    renderPage();
    expect((await screen.findAllByRole('button')).map((b) => b.textContent)).toEqual(['受理', '不予受理']);
    fireEvent.click(screen.getByRole('button', { name: '受理' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(await within(dialog).findByText('敖登'));
    fireEvent.click(within(dialog).getByText('受理'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent)).toEqual([{ url: 'mediation/cases/case-1/accept', data: { mediatorId: 'm1' } }]);
    expect(sent.find((s) => s.url.includes('mediators'))?.url).toContain('communityId=community-ajilaqin');
    await waitFor(() => expect(screen.queryByRole('button', { name: '受理' })).toBeNull());
    expect(showToast).toHaveBeenCalledWith({ title: '已受理', icon: 'success' });
  });

  it('a conflict says the case changed and reads it again', async () => {
    const requested = mediationCase({ viewerIs: 'staff' }, { accept: true });
    const taken = mediationCase({ viewerIs: 'staff', status: 'accepted' });
    const sent = fakeApi({
      [CASE]: [ok(requested), ok(taken)],
      'GET mediation/mediators': [ok([])],
      'POST mediation/cases/case-1/accept': [fail(409, 'MEDIATION_STATE_CONFLICT')],
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: '受理' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('本社区还没有其他调解员，可在“人员与角色”中授予')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('受理'));
    expect(await within(dialog).findByText('案件状态已变化，请刷新')).toBeTruthy();
    await waitFor(() => expect(sent.filter((s) => s.url.endsWith('mediation/cases/case-1')).length).toBe(2));
  });

  it('declines with a suggested reason, and 改派 sends the mediator the staff member saw', async () => {
    const requested = mediationCase({ viewerIs: 'staff' }, { decline: true });
    const running = mediationCase({ viewerIs: 'staff', mediator: { id: 'm1', name: '敖登' } }, { assign: true });
    const sent = fakeApi({
      [CASE]: [ok(requested)],
      'POST mediation/cases/case-1/decline': [ok(running)],
      'GET mediation/mediators': [
        ok([
          { id: 'm1', name: '敖登' },
          { id: 'm2', name: '巴图' },
        ]),
      ],
      'POST mediation/cases/case-1/assign': [ok(running)],
    });
    renderPage();
    fireEvent.click(await screen.findByText('不予受理'));
    let dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('已引导至司法所'));
    fireEvent.click(within(dialog).getAllByText('不予受理').at(-1) as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(await screen.findByText('改派调解员'));
    dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('改派调解员（现为 敖登）')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('指派'));
    expect(await within(dialog).findByText('请选择调解员')).toBeTruthy();
    fireEvent.click(await within(dialog).findByText('巴图'));
    fireEvent.click(within(dialog).getByText('指派'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent)).toEqual([
      { url: 'mediation/cases/case-1/decline', data: { reason: '已引导至司法所' } },
      { url: 'mediation/cases/case-1/assign', data: { mediatorId: 'm2', expectedMediatorId: 'm1' } },
    ]);
  });

  it('the mediator schedules a session at a picked China time and place', async () => {
    const accepted = mediationCase({ viewerIs: 'mediator', status: 'accepted' }, { schedule: true });
    const sent = fakeApi({
      [CASE]: [ok(accepted)],
      'POST mediation/cases/case-1/sessions': [
        ok(mediationCase({ status: 'in_mediation', sessions: [session('s1')] })),
      ],
    });
    renderPage();
    fireEvent.click(await screen.findByText('安排调解'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('日期'), { target: { value: '2099-11-26' } });
    fireEvent.change(within(dialog).getByLabelText('时间'), { target: { value: '19:30' } });
    fireEvent.click(within(dialog).getByText('确定安排'));
    expect(await within(dialog).findByText('请填写调解地点')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('石榴调解工作室'));
    fireEvent.click(within(dialog).getByText('确定安排'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent)).toEqual([
      {
        url: 'mediation/cases/case-1/sessions',
        data: { scheduledAt: '2099-11-26T11:30:00.000Z', venue: '石榴调解工作室' },
      },
    ]);
  });

  it('the mediator records who came to a session and what happened', async () => {
    const live = mediationCase(
      { viewerIs: 'mediator', status: 'in_mediation', mediator: { id: 'm1', name: '敖登' }, sessions: [session('s1')] },
      { recordSession: true },
    );
    const sent = fakeApi({ [CASE]: [ok(live)], 'POST mediation/cases/case-1/sessions/s1/held': [ok(live)] });
    renderPage();
    fireEvent.click(await screen.findByText('记录调解情况'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText(/楼上住户老张/));
    fireEvent.change(within(dialog).getByPlaceholderText('其他到场人员，用顿号分隔（选填）'), {
      target: { value: '网格员王建国、 楼长' },
    });
    fireEvent.change(within(dialog).getByPlaceholderText('双方陈述、争议焦点、调解经过'), {
      target: { value: '双方当面沟通，老张同意晚上十点后保持安静' },
    });
    fireEvent.click(within(dialog).getByText('保存记录'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent)[0].data).toEqual({
      attendees: ['其其格', '敖登', '网格员王建国', '楼长'],
      notes: '双方当面沟通，老张同意晚上十点后保持安静',
    });
  });

  it('records 达成协议 with its text, and 未达成 with a referral', async () => {
    const live = mediationCase({ viewerIs: 'mediator', status: 'in_mediation' }, { recordOutcome: true });
    const sent = fakeApi({ [CASE]: [ok(live)], 'POST mediation/cases/case-1/outcome': [ok(live)] });
    renderPage();
    fireEvent.click(await screen.findByText('记录调解结果'));
    let dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('结案'));
    expect(await within(dialog).findByText('请选择调解结果')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('达成协议'));
    fireEvent.change(within(dialog).getByPlaceholderText(/楼上住户晚上十点后/), {
      target: { value: '晚上十点后不再拖动家具' },
    });
    fireEvent.click(within(dialog).getByText('结案'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByText('记录调解结果'));
    dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('未达成'));
    fireEvent.click(within(dialog).getByText('人民法院'));
    fireEvent.click(within(dialog).getByText('结案'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent).map((p) => p.data)).toEqual([
      { outcome: 'agreed', agreement: '晚上十点后不再拖动家具' },
      { outcome: 'failed', referral: '人民法院' },
    ]);
  });

  it('the requester rates with stars, and withdraws only after confirming', async () => {
    const resolved = mediationCase({ status: 'resolved', outcome: 'agreed' }, { rate: true, withdraw: true });
    const sent = fakeApi({
      [CASE]: [ok(resolved)],
      'POST mediation/cases/case-1/rating': [ok(resolved)],
      'POST mediation/cases/case-1/withdraw': [ok(mediationCase({ status: 'withdrawn' }))],
    });
    const { container } = renderPage();
    fireEvent.click(await screen.findByText('评价调解服务'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('提交评价'));
    expect(await within(dialog).findByText('请选择星级')).toBeTruthy();
    fireEvent.click(dialog.querySelector('.star-rating__star--4') as HTMLElement);
    fireEvent.change(within(dialog).getByPlaceholderText('说说你的感受（选填）'), { target: { value: ' 很耐心 ' } });
    fireEvent.click(within(dialog).getByText('提交评价'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    showModal.mockImplementationOnce(() => Promise.resolve({ confirm: false, cancel: true }));
    fireEvent.click(screen.getByText('撤回申请'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(posts(sent)).toHaveLength(1);
    fireEvent.click(screen.getByText('撤回申请'));
    await waitFor(() => expect(container.querySelector('.case-status')?.textContent).toBe('已撤回'));
    expect(posts(sent)).toEqual([
      { url: 'mediation/cases/case-1/rating', data: { rating: 4, comment: '很耐心' } },
      { url: 'mediation/cases/case-1/withdraw', data: {} },
    ]);
  });

  it('records the follow-up visit, and staff close a poor rating’s call-back', async () => {
    const resolved = mediationCase(
      {
        viewerIs: 'staff',
        status: 'resolved',
        outcome: 'agreed',
        rating: 2,
        ratingFollowUp: { status: 'open', note: null, at: null },
      },
      { followUp: true, closeRatingFollowUp: true },
    );
    const sent = fakeApi({
      [CASE]: [ok(resolved)],
      'POST mediation/cases/case-1/follow-up': [ok(resolved)],
      'POST mediation/cases/case-1/rating-follow-up': [ok(resolved)],
    });
    renderPage();
    expect(await screen.findByText('待回访')).toBeTruthy();
    fireEvent.click(screen.getByText('记录回访'));
    let dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByText('未履行或有反复'));
    fireEvent.change(within(dialog).getByPlaceholderText(/上门回访/), { target: { value: '噪音又出现了' } });
    fireEvent.click(within(dialog).getByText('保存回访'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '差评回访' }));
    dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByPlaceholderText(/回访了谁/), { target: { value: '电话回访申请人，已道歉' } });
    fireEvent.click(within(dialog).getByText('回访完成'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent).map((p) => p.data)).toEqual([
      { held: false, note: '噪音又出现了' },
      { note: '电话回访申请人，已道歉' },
    ]);
  });
});
