import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, type ImportReport, type ImportSummary, type MeResponse } from '@tongxin/types';

import { ApiError } from '@/services/api-error';
import { sendWorkbook } from '@/services/import-upload';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { showToast, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import StaffImportsPage from './index';

jest.mock('@/services/import-upload', () => ({
  ...jest.requireActual('@/services/import-upload'),
  sendWorkbook: jest.fn(),
}));
const send = sendWorkbook as jest.MockedFunction<typeof sendWorkbook>;

const ajilaqin = {
  id: 'grant-1',
  role: 'community_staff',
  placeId: 'community-ajilaqin',
  placeName: '阿吉拉沁社区',
  placeLevel: 'community',
  grantedAt: '2026-11-01T00:00:00.000Z',
} as const;

function staff(roles: MeResponse['roles'] = [ajilaqin]): MeResponse {
  return {
    id: 'staff-1',
    nickname: '乌云',
    avatarUrl: null,
    phone: null,
    roles,
    home: null,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

function report(fields: Partial<ImportReport> = {}): ImportReport {
  return {
    kind: 'households',
    scopeId: 'community-ajilaqin',
    scopeName: '阿吉拉沁社区',
    fileHash: 'f'.repeat(64),
    rows: 3,
    counts: { create: 2, change: 0, unchanged: 1 },
    breakdown: [
      { thing: 'household', create: 2, change: 0, unchanged: 1 },
      { thing: 'resident', create: 3, change: 0, unchanged: 0 },
    ],
    errors: [],
    errorCount: 0,
    ...fields,
  };
}

function past(id: string, fields: Partial<ImportSummary> = {}): ImportSummary {
  const { breakdown, counts, errorCount, rows } = report();
  return {
    id,
    kind: 'households',
    status: 'applied',
    scopeId: 'community-ajilaqin',
    scopeName: '阿吉拉沁社区',
    actorId: 'staff-1',
    actorName: '乌云',
    fileName: '住户台账.xlsx',
    fileHash: 'f'.repeat(64),
    rows,
    counts,
    breakdown,
    errorCount,
    createdAt: '2026-11-20T02:00:00.000Z',
    ...fields,
  };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffImportsPage />
    </QueryClientProvider>,
  );
}

function pickFile(name = '住户台账.xlsx', size = 2048): void {
  const file = new File([new Uint8Array(size)], name);
  const input = document.querySelector('.workbook-picker__input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

const BAD = report({
  counts: { create: 1, change: 0, unchanged: 0 },
  errors: [
    { row: 4, column: '楼栋', reason: '找不到楼栋「99号楼」' },
    { row: 5, column: '居民1手机号', reason: '「1391234」不是有效的 11 位手机号' },
  ],
  errorCount: 2,
});

describe('数据导入 (staff)', () => {
  beforeEach(() => {
    taroTest.reset();
    send.mockReset();
  });

  it('dry-runs a workbook, lists its bad rows, and applies only a clean one', async () => {
    const sent = fakeApi({
      'GET me': [ok(staff())],
      'GET imports': [
        ok(pageOf([past('i1', { status: 'rejected', errorCount: 3, fileName: '旧台账.xlsx' })])),
        ok(pageOf([past('i2'), past('i1', { status: 'rejected', errorCount: 3, fileName: '旧台账.xlsx' })])),
      ],
    });
    renderPage();

    expect(await screen.findByText('阿吉拉沁社区')).toBeTruthy();
    expect(await screen.findByText('3 行，3 处问题，未写入')).toBeTruthy();
    const link = document.querySelector('.template-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://api.test/api/imports/templates/households.xlsx');

    send.mockResolvedValueOnce(BAD);
    pickFile();
    expect(screen.getByText('住户台账.xlsx（2 KB）')).toBeTruthy();
    fireEvent.click(screen.getByText('试导入'));

    expect(await screen.findByText('找不到楼栋「99号楼」')).toBeTruthy();
    expect(screen.getByText('第 5 行')).toBeTruthy();
    expect(screen.getByText('有问题，不能导入')).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'households', phase: 'dry-run', scopeId: 'community-ajilaqin' }),
    );
    expect((screen.getByText('确认导入').closest('button') as HTMLButtonElement).disabled).toBe(true);

    // The fixed file: clean, then written.
    send.mockResolvedValueOnce(report());
    pickFile('住户台账（改）.xlsx');
    fireEvent.click(screen.getByText('试导入'));
    expect(await screen.findByText('试导入结果（尚未写入）')).toBeTruthy();
    expect(screen.getByText('住户：新建 2 · 修改 0 · 无变化 1')).toBeTruthy();

    send.mockResolvedValueOnce({ import: past('i2'), report: report() });
    fireEvent.click(screen.getByText('确认导入'));
    expect(await screen.findByText('已导入')).toBeTruthy();
    expect(showToast).toHaveBeenCalledWith({ title: '导入完成', icon: 'success' });
    expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ phase: 'apply' }));
    await waitFor(() => expect(sent.filter((s) => s.url.includes('/imports')).length).toBe(2));
  });

  it('shows the report when the apply is refused, and refuses a file that is not .xlsx before sending it', async () => {
    fakeApi({ 'GET me': [ok(staff())], 'GET imports': [ok(pageOf([]))] });
    renderPage();
    expect(await screen.findByText('还没有导入过数据')).toBeTruthy();

    pickFile('住户台账.xls');
    expect(screen.getByText('请选择 Excel 工作簿（.xlsx 文件）；.xls 请先另存为 .xlsx')).toBeTruthy();
    expect((screen.getByText('试导入').closest('button') as HTMLButtonElement).disabled).toBe(true);

    send.mockResolvedValueOnce(report());
    pickFile();
    fireEvent.click(screen.getByText('试导入'));
    await screen.findByText('试导入结果（尚未写入）');
    send.mockRejectedValueOnce(new ApiError(ErrorCode.ImportRowsInvalid, 422, '有 2 处问题，未导入任何数据', BAD));
    fireEvent.click(screen.getByText('确认导入'));
    expect(await screen.findByText('找不到楼栋「99号楼」')).toBeTruthy();
  });

  it('offers the kinds with their templates, and tells members who are not staff', async () => {
    fakeApi({ 'GET me': [ok(staff())], 'GET imports': [ok(pageOf([]))] });
    renderPage();
    fireEvent.click(await screen.findByText('工作人员与网格员'));
    expect((document.querySelector('.template-link') as HTMLAnchorElement).getAttribute('href')).toBe(
      'http://api.test/api/imports/templates/staff.xlsx',
    );

    taroTest.reset();
    fakeApi({ 'GET me': [ok(staff([]))] });
    renderPage();
    expect(await screen.findByText('只有社区工作人员和街道管理员可以导入数据')).toBeTruthy();
  });
});
