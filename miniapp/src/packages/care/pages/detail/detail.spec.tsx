import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { PagePath } from '@/routes';

import { careGrant, careRecord, careVisit } from '../../../../../test/care-fixtures';
import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { chooseMedia, getLocation, navigateTo, taroTest, uploadFile } from '../../../../../test/mocks/taro';
import { category, detail, photo, report } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import CareDetailPage from './index';

const RECORD = 'GET care/records/record-1';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  taroTest.setRouterParams({ id: 'record-1' });
  return render(
    <QueryClientProvider client={client}>
      <CareDetailPage />
    </QueryClientProvider>,
  );
}

const posts = (sent: { method: string; url: string; data?: unknown }[]) =>
  sent
    .filter((s) => s.method === 'POST')
    .map((s) => ({ url: s.url.replace('http://api.test/api/', ''), data: s.data }));

describe('帮扶对象: what the grid worker sees', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn({ nickname: '王建国', roles: [careGrant('grid_worker')] });
  });

  it('shows the whole record, its visits with photos, and the 变更记录 by field name only', async () => {
    const visited = careVisit('visit-2', {
      findings: '身体状况良好',
      photos: [photo('p1'), photo('p2')],
      location: { lng: 111.671, lat: 40.818 },
      followUpReportId: 'report-9',
      visitedAt: '2026-11-28T02:00:00.000Z',
    });
    const r = careRecord({
      visits: [visited, careVisit('visit-1')],
      history: [
        { at: '2026-11-28T03:00:00.000Z', actorName: '图雅', fields: ['needs', 'phone'], action: 'updated' },
        ...careRecord().history,
      ],
    });
    fakeApi({ [RECORD]: [ok(r)] });
    const { container } = renderPage();
    expect(await screen.findByText('张德胜')).toBeTruthy();
    expect(screen.getByText('阿吉拉沁第一网格 · 1号楼 · 3单元202')).toBeTruthy();
    expect(screen.getByText('13912345670')).toBeTruthy();
    expect(screen.getByText('本人同意 · 2026-11-01')).toBeTruthy();
    expect(screen.getByText('乌兰夫纪念馆志愿服务队')).toBeTruthy();

    const visits = container.querySelectorAll('.care-visit');
    expect(visits).toHaveLength(2);
    expect(visits[0].querySelectorAll('.photo-strip__image')).toHaveLength(2);
    expect(within(visits[0] as HTMLElement).getByText(/已记录大致位置/)).toBeTruthy();
    fireEvent.click(within(visits[0] as HTMLElement).getByText('已转为需求，查看办理进度 ›'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.ReportDetail('report-9') });
    expect(within(visits[1] as HTMLElement).getByText('转为需求')).toBeTruthy();

    const history = container.querySelector('.care-history') as HTMLElement;
    expect(within(history).getByText('修改：帮扶需求、电话')).toBeTruthy();
    expect(within(history).getByText('登记：门牌、姓名、电话、帮扶分类、帮扶需求、结对帮扶人')).toBeTruthy();
    expect(history.textContent).not.toContain('13912345670');
  });

  it('logs a visit in a few taps: a quick phrase, a photo, the phone’s position', async () => {
    uploadFile.mockImplementation(() =>
      Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify(photo('photo-1')) }), {
        progress: jest.fn(),
      }),
    );
    getLocation.mockImplementationOnce(() => Promise.resolve({ longitude: 111.6708123, latitude: 40.8182456 }));
    const sent = fakeApi({
      [RECORD]: [ok(careRecord({ overdueDays: 3 })), ok(careRecord({ visits: [careVisit('visit-3')] }))],
      'POST care/records/record-1/visits': [ok(careVisit('visit-3'), 201)],
    });
    renderPage();
    expect(await screen.findByText('逾期3天')).toBeTruthy();
    fireEvent.click(screen.getByText('记录走访'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('保存走访'));
    expect(await within(dialog).findByText('请写下走访看到的情况，或点选常用语')).toBeTruthy();

    fireEvent.click(within(dialog).getByText('身体状况良好'));
    fireEvent.click(within(dialog).getByText('家电需要维修'));
    expect((dialog.querySelector('textarea') as HTMLTextAreaElement).value).toBe('身体状况良好，家电需要维修');
    chooseMedia.mockImplementationOnce(() =>
      Promise.resolve({ tempFiles: [{ tempFilePath: 'wxfile://tmp/0.jpg', size: 1000 }] }),
    );
    fireEvent.click(within(dialog).getByText('拍照/相册'));
    await waitFor(() => expect(uploadFile).toHaveBeenCalledTimes(1));
    expect(uploadFile.mock.calls[0][0].formData).toEqual({ purpose: 'care_visit' });
    await waitFor(() => expect(dialog.querySelector('.photo-tile--done')).toBeTruthy());

    fireEvent.click(within(dialog).getByText('保存走访'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(sent).filter((p) => p.url.startsWith('care/'))).toEqual([
      {
        url: 'care/records/record-1/visits',
        data: { findings: '身体状况良好，家电需要维修', photoIds: ['photo-1'], lng: 111.6708123, lat: 40.8182456 },
      },
    ]);
    await waitFor(() => expect(sent.filter((s) => s.url.endsWith('/care/records/record-1')).length).toBe(2));
  });

  it('turns a visit into a need in the household’s grid and opens it', async () => {
    const need = detail(
      report('report-7', {}, { kind: 'need', text: '入户走访：暖气正常，家里电饭锅坏了，已记下帮忙联系维修' }),
    );
    const sent = fakeApi({
      [RECORD]: [ok(careRecord())],
      'GET report-categories': [
        ok([category('cat-repair', '维修帮办', 'need'), category('cat-light', '路灯', 'report')]),
      ],
      'POST care/visits/visit-1/follow-up': [ok(need, 201)],
    });
    renderPage();
    fireEvent.click(await screen.findByText('转为需求'));
    const dialog = await screen.findByRole('dialog');
    expect((dialog.querySelector('textarea') as HTMLTextAreaElement).value).toBe(
      '入户走访：暖气正常，家里电饭锅坏了，已记下帮忙联系维修',
    );
    expect(within(dialog).queryByText('路灯')).toBeNull();
    fireEvent.click(within(dialog).getByText('发布需求'));
    expect(await within(dialog).findByText('请选择需求类别')).toBeTruthy();
    fireEvent.click(await within(dialog).findByText('维修帮办'));
    fireEvent.click(within(dialog).getByText('发布需求'));
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.ReportDetail('report-7') }));
    expect(posts(sent)).toEqual([
      {
        url: 'care/visits/visit-1/follow-up',
        data: { categoryId: 'cat-repair', text: '入户走访：暖气正常，家里电饭锅坏了，已记下帮忙联系维修' },
      },
    ]);
  });

  it('says so when the visit was already made a need, and reads the record again', async () => {
    const sent = fakeApi({
      [RECORD]: [ok(careRecord())],
      'GET report-categories': [ok([category('cat-repair', '维修帮办', 'need')])],
      'POST care/visits/visit-1/follow-up': [fail(409, 'CONFLICT', '该走访已转为需求')],
    });
    renderPage();
    fireEvent.click(await screen.findByText('转为需求'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByText('维修帮办'));
    fireEvent.click(within(dialog).getByText('发布需求'));
    expect(await within(dialog).findByText('该走访已转为需求')).toBeTruthy();
    await waitFor(() => expect(sent.filter((s) => s.url.endsWith('/care/records/record-1')).length).toBe(2));
  });

  it('closes the record with a reason; a closed record offers no actions', async () => {
    const closed = careRecord({ status: 'closed', closedReason: '已搬离本社区' });
    const sent = fakeApi({
      [RECORD]: [ok(careRecord())],
      'POST care/records/record-1/close': [ok(closed)],
    });
    const { container } = renderPage();
    fireEvent.click(await screen.findByText('结案'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(dialog.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '已搬离本社区' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '结案' }));
    expect(await screen.findByText('已结案')).toBeTruthy();
    expect(posts(sent)).toEqual([{ url: 'care/records/record-1/close', data: { reason: '已搬离本社区' } }]);
    expect(container.querySelector('.care-actions')).toBeNull();
    expect(screen.getByText('已搬离本社区')).toBeTruthy();
  });

  it('opens 编辑', async () => {
    fakeApi({ [RECORD]: [ok(careRecord())] });
    renderPage();
    fireEvent.click(await screen.findByText('编辑'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.CareEdit('record-1') });
  });

  it('says 无权限 to community staff, and 不存在 for a record the API will not name', async () => {
    signIn({ nickname: '乌云', roles: [careGrant('community_staff', 'community')] });
    fakeApi({ [RECORD]: [fail(403, 'FORBIDDEN', 'Forbidden')] });
    const { unmount } = renderPage();
    expect(await screen.findByText('无权限：帮扶台账仅本网格网格员和帮扶专干可见')).toBeTruthy();
    expect(screen.queryByText('张德胜')).toBeNull();
    unmount();

    fakeApi({ [RECORD]: [fail(404, 'CARE_RECORD_NOT_FOUND', '台账记录不存在')] });
    renderPage();
    expect(await screen.findByText('台账记录不存在，或你无权查看')).toBeTruthy();
  });
});
