import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type CreateReportRequest, ErrorCode } from '@tongxin/types';

import { fail, fakeApi, ok, type SentRequest } from '../../../../test/fake-api';
import { chooseMedia, redirectTo, showToast, taroTest, uploadFile } from '../../../../test/mocks/taro';
import { category, detail, photo, report } from '../../../../test/report-fixtures';
import { ReportForm } from './report-form';

const COMMUNITY = { id: 'community-1', name: '阿吉拉沁社区', gridId: 'grid-1' };

function places(sent: SentRequest) {
  const items = sent.url.includes('parentId=grid-1')
    ? [{ id: 'building-1', name: '1号楼', level: 'building', parentId: 'grid-1' }]
    : [{ id: 'grid-1', name: '阿吉拉沁第一网格', level: 'grid', parentId: 'community-1' }];
  return { statusCode: 200, data: { items, page: 1, pageSize: 20, total: items.length, hasMore: false } };
}

function api(created = ok(detail(report('r1', {}, { isMine: true })), 201)) {
  return fakeApi({
    'GET report-categories': [
      ok([
        category('cat-env', '环境卫生'),
        category('cat-facility', '公共设施损坏'),
        category('cat-errand', '跑腿代办', 'need'),
      ]),
    ],
    'GET places': [places],
    'GET reports/nearby': [ok([])],
    'POST reports': [created],
  });
}

/** Category, words and a building (no photo), then 提交上报. */
async function fillAndSubmit(): Promise<void> {
  fireEvent.click(await screen.findByText('公共设施损坏'));
  fireEvent.change(screen.getByPlaceholderText(/路灯不亮/), { target: { value: '1号楼东侧路灯不亮' } });
  fireEvent.click(screen.getByText('选择楼栋'));
  fireEvent.click(await screen.findByText('1号楼'));
  await screen.findByText(/已选择：/);
  fireEvent.click(screen.getByText('提交上报'));
}

function pickPhotos(count: number): void {
  const tempFiles = Array.from({ length: count }, (_, i) => ({ tempFilePath: `wxfile://tmp/${i}.jpg`, size: 1000 }));
  chooseMedia.mockImplementationOnce(() => Promise.resolve({ tempFiles }));
  fireEvent.click(screen.getByText('拍照/相册'));
}

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ReportForm kind='report' community={COMMUNITY} />
    </QueryClientProvider>,
  );
}

describe('report form', () => {
  let uploaded = 0;
  beforeEach(() => {
    taroTest.reset();
    uploaded = 0;
    uploadFile.mockImplementation(() => {
      uploaded += 1;
      const body = JSON.stringify(photo(`photo-${uploaded}`));
      return Object.assign(Promise.resolve({ statusCode: 201, data: body }), { progress: jest.fn() });
    });
  });

  it('offers only the community’s 随手拍 categories', async () => {
    api();
    renderForm();
    expect(await screen.findByText('公共设施损坏')).toBeTruthy();
    expect(screen.queryByText('跑腿代办')).toBeNull();
  });

  it('requires a category, words and a location before sending anything', async () => {
    const sent = api();
    renderForm();
    await screen.findByText('公共设施损坏');

    fireEvent.click(screen.getByText('提交上报'));

    expect(await screen.findByText('请选择类型')).toBeTruthy();
    expect(screen.getByText('请用几句话描述一下（至少 2 个字）')).toBeTruthy();
    expect(screen.getByText('请选择位置或楼栋')).toBeTruthy();
    expect(sent.some((r) => r.method === 'POST')).toBe(false);
  });

  it('asks for a location even when everything else is filled in', async () => {
    const sent = api();
    renderForm();
    fireEvent.click(await screen.findByText('公共设施损坏'));
    fireEvent.change(screen.getByPlaceholderText(/路灯不亮/), { target: { value: '路灯坏了' } });

    fireEvent.click(screen.getByText('提交上报'));

    expect(await screen.findByText('请选择位置或楼栋')).toBeTruthy();
    expect(screen.queryByText('请选择类型')).toBeNull();
    expect(sent.some((r) => r.method === 'POST')).toBe(false);
  });

  it('keeps at most 9 photos, uploads each one, and hides the picker when full', async () => {
    api();
    renderForm();
    await screen.findByText('公共设施损坏');

    pickPhotos(10);

    expect(await screen.findByText('最多 9 张照片，多出的 1 张没有添加')).toBeTruthy();
    await waitFor(() => expect(uploadFile).toHaveBeenCalledTimes(9));
    expect(screen.getByText('9/9 张')).toBeTruthy();
    expect(screen.queryByText('拍照/相册')).toBeNull();
    expect(uploadFile.mock.calls[0][0].formData).toEqual({ purpose: 'report' });
  });

  it('sends the report with its photo and building, then opens it', async () => {
    const sent = api();
    renderForm();
    fireEvent.click(await screen.findByText('公共设施损坏'));
    fireEvent.change(screen.getByPlaceholderText(/路灯不亮/), { target: { value: '  1号楼东侧路灯不亮  ' } });
    pickPhotos(1);
    await waitFor(() => expect(screen.getByText('1/9 张')).toBeTruthy());
    fireEvent.click(screen.getByText('选择楼栋'));
    fireEvent.click(await screen.findByText('1号楼'));
    expect(await screen.findByText(/已选择：/)).toBeTruthy();

    fireEvent.click(screen.getByText('提交上报'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/reports/pages/detail/index?id=r1' }));
    const post = sent.find((r) => r.method === 'POST' && r.url.endsWith('/api/reports'));
    expect(post?.data).toEqual({
      categoryId: 'cat-facility',
      text: '1号楼东侧路灯不亮',
      photoIds: ['photo-1'],
      location: { buildingId: 'building-1' },
    } satisfies CreateReportRequest);
  });

  it('says the words were refused when the content check finds them risky, and stays on the form', async () => {
    const sent = api(fail(422, ErrorCode.ContentRisky, '内容不合规，请修改后再提交'));
    renderForm();
    await fillAndSubmit();

    expect(await screen.findByText('内容不合规，请修改后再提交')).toBeTruthy();
    expect(screen.getByText('这段文字含有不合规内容，请修改')).toBeTruthy();
    expect(redirectTo).not.toHaveBeenCalled();
    expect(sent.filter((r) => r.method === 'POST' && r.url.endsWith('/api/reports'))).toHaveLength(1);
  });

  it('tells the reporter a held report is seen by others only after review', async () => {
    api(ok(detail(report('r1', {}, { isMine: true, moderation: 'held' })), 201));
    renderForm();
    await fillAndSubmit();

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/reports/pages/detail/index?id=r1' }));
    expect(showToast).toHaveBeenCalledWith({ title: '已提交，审核通过后他人可见', icon: 'none' });
  });
});
