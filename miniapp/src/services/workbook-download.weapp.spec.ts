import { ApiRoute, ErrorCode } from '@tongxin/types';

import { fakeApi, ok } from '../../test/fake-api';
import { downloadFile, openDocument, shareFileMessage, taroTest } from '../../test/mocks/taro';
import { signIn } from '../../test/session';
import { ApiError } from './api-error';
import { getToken } from './session';
import { downloadWorkbook } from './workbook-download.weapp';

const WORKBOOK = {
  route: ApiRoute.Figures.Workbook,
  query: { placeId: 'street-binhe', period: 'year', date: '2026-12-05' },
  fileName: '滨河街道-2026年-述职材料.xlsx',
};

/** A download answered with `status` and, for an error, the API's body in the temp file. */
function answer(status: number, body?: object) {
  const tempFilePath = `wxfile://tmp/answer-${downloadFile.mock.calls.length}`;
  if (body) taroTest.writeTempFile(tempFilePath, JSON.stringify(body));
  return Promise.resolve({ statusCode: status, tempFilePath });
}

describe('downloadWorkbook (mini-program)', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('downloads with the token and the query, and opens the workbook in the viewer', async () => {
    downloadFile.mockImplementationOnce(() => answer(200));
    await expect(downloadWorkbook(WORKBOOK)).resolves.toBe('opened');
    expect(downloadFile.mock.calls[0][0]).toEqual({
      url: 'http://api.test/api/figures/workbook?placeId=street-binhe&period=year&date=2026-12-05',
      header: { Authorization: 'Bearer access' },
    });
    expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/answer-1', fileType: 'xlsx', showMenu: true });
  });

  it('reads the error body from the temp file: an expired token is refreshed and the download tried again', async () => {
    fakeApi({
      'POST auth/refresh': [
        ok({ accessToken: 'new-access', refreshToken: 'r2', expiresIn: 900, user: { id: 'member-1', roles: [] } }),
      ],
    });
    downloadFile
      .mockImplementationOnce(() => answer(401, { code: ErrorCode.TokenExpired, message: '登录已过期' }))
      .mockImplementationOnce(() => answer(200));
    await expect(downloadWorkbook(WORKBOOK)).resolves.toBe('opened');
    expect(downloadFile.mock.calls[1][0].header).toEqual({ Authorization: 'Bearer new-access' });
    expect(getToken()).toBe('new-access');
  });

  it("rejects with the API's code (e.g. PERIOD_INVALID) and opens nothing", async () => {
    downloadFile.mockImplementationOnce(() => answer(422, { code: ErrorCode.PeriodInvalid, message: '时段不对' }));
    const failure = await downloadWorkbook(WORKBOOK).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe(ErrorCode.PeriodInvalid);
    expect(openDocument).not.toHaveBeenCalled();
  });

  it('offers the file to a chat under its name where there is no viewer', async () => {
    downloadFile.mockImplementationOnce(() => answer(200));
    openDocument.mockImplementationOnce(() => Promise.reject(new Error('openDocument:fail')));
    await expect(downloadWorkbook(WORKBOOK)).resolves.toBe('shared');
    expect(shareFileMessage).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/answer-1', fileName: WORKBOOK.fileName });
  });
});
