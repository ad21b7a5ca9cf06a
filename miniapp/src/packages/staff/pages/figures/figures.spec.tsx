import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { PagePath } from '@/routes';
import { downloadWorkbook } from '@/services/workbook-download';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import {
  FIGURE_PLACES,
  FIGURES,
  figuresView,
  RED_GRID,
  STREET,
  TODAY_MS,
  XINGWANG,
} from '../../../../../test/figures-fixtures';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { atDesk } from '../../../../../test/staff-desk-fixtures';
import StaffFiguresPage from './index';

jest.mock('@/services/workbook-download', () => ({ downloadWorkbook: jest.fn(() => Promise.resolve('downloaded')) }));

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffFiguresPage />
    </QueryClientProvider>,
  );
}

/** The query of each figures request, as an object. */
function asked(sent: { url: string }[]): Record<string, string>[] {
  return sent
    .filter((s) => /\/api\/figures\?/.test(s.url))
    .map((s) => Object.fromEntries(new URL(s.url).searchParams.entries()));
}

describe('数据看板', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(false);
    jest.spyOn(Date, 'now').mockReturnValue(TODAY_MS);
    // jsdom draws nothing; the chart's summary line stands in for it.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => jest.restoreAllMocks());

  it('opens on the widest place and this month, with the figures by topic and when they were brought up to date', async () => {
    const sent = fakeApi({ 'GET figures/places': [ok(FIGURE_PLACES)], 'GET figures': [ok(figuresView(STREET))] });
    const { container } = renderPage();

    expect(await screen.findByText('1,534 人次')).toBeTruthy();
    expect(asked(sent)).toEqual([{ placeId: STREET.id, period: 'month', date: '2026-12-05' }]);
    expect(screen.getByText('滨河街道 · 2026年12月')).toBeTruthy();
    // 03:42 UTC is 11:42 in China.
    expect(screen.getByText('数据更新于 11:42')).toBeTruthy();
    expect(container.querySelector('.figure-card--pointsIssued .figure-card__value')?.textContent).toBe('12,480 分');
    const late = container.querySelector('.figure-card--onTime-inProgress');
    expect(late?.textContent).toContain('—');
    expect(late?.textContent).toContain('本期无办结');
    // The ranking's community, a card on a phone.
    expect(container.querySelector('.ranking__table .staff-card')?.textContent).toContain('1. 兴旺社区');
    expect(screen.getByText('随手拍办结：合计 8，最高 5（12-02）')).toBeTruthy();
  });

  it('asks again for another place and period, and says why a count is missing for a custom period', async () => {
    const sent = fakeApi({
      'GET figures/places': [ok(FIGURE_PLACES)],
      'GET figures': [
        ok(figuresView(STREET)),
        ok(figuresView(XINGWANG)),
        ok(figuresView(XINGWANG)),
        ok(figuresView(XINGWANG)),
        ok(figuresView(XINGWANG, { figures: { ...FIGURES, uniqueAttendees: null, activeRiders: null } })),
      ],
    });
    const { container } = renderPage();
    await screen.findByText('1,534 人次');

    fireEvent.click(screen.getByText('兴旺社区'));
    await waitFor(() =>
      expect(asked(sent).at(-1)).toEqual({ placeId: XINGWANG.id, period: 'month', date: '2026-12-05' }),
    );
    fireEvent.click(screen.getByText('本年'));
    await waitFor(() => expect(asked(sent).at(-1)).toMatchObject({ period: 'year', date: '2026-12-05' }));
    expect(screen.getByText('2026年')).toBeTruthy();
    fireEvent.click(screen.getByText('‹ 上一年'));
    await waitFor(() => expect(asked(sent).at(-1)).toMatchObject({ period: 'year', date: '2025-01-01' }));

    fireEvent.click(screen.getByText('自定义'));
    await waitFor(() =>
      expect(asked(sent).at(-1)).toEqual({
        placeId: XINGWANG.id,
        period: 'custom',
        from: '2026-12-01',
        to: '2026-12-05',
      }),
    );
    await waitFor(() =>
      expect(container.querySelector('.figure-card--uniqueAttendees')?.textContent).toContain('自定义时段不计人数'),
    );

    // An end before the start is not sent.
    const before = asked(sent).length;
    fireEvent.change(container.querySelector('.period-picker__to input') as HTMLInputElement, {
      target: { value: '2026-11-20' },
    });
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(asked(sent)).toHaveLength(before);
  });

  it('downloads the 述职 workbook of the place and period on screen', async () => {
    fakeApi({ 'GET figures/places': [ok(FIGURE_PLACES)], 'GET figures': [ok(figuresView(STREET))] });
    renderPage();
    await screen.findByText('1,534 人次');

    fireEvent.click(screen.getByText('导出述职材料'));
    await waitFor(() => expect(downloadWorkbook).toHaveBeenCalled());
    expect(downloadWorkbook).toHaveBeenCalledWith({
      route: 'figures/workbook',
      query: { placeId: STREET.id, period: 'month', date: '2026-12-05' },
      fileName: '滨河街道-2026年12月-述职材料.xlsx',
    });
  });

  it('shows an error with 重试, and a grid without a ranking', async () => {
    fakeApi({
      'GET figures/places': [ok([RED_GRID])],
      'GET figures': [fail(500, 'INTERNAL_ERROR', '服务出错'), ok(figuresView(RED_GRID))],
    });
    renderPage();
    expect(await screen.findByText('服务出错')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('网格是最小的考评单元，没有下级排名')).toBeTruthy();

    fireEvent.click(screen.getByText('网格考评'));
    expect(navigateTo).toHaveBeenCalledWith({
      url: PagePath.StaffScorecards({ placeId: RED_GRID.id, period: 'month', date: '2026-12-05' }),
    });
  });

  it('at a desk, ranks the places below in a table', async () => {
    atDesk(true);
    fakeApi({ 'GET figures/places': [ok(FIGURE_PLACES)], 'GET figures': [ok(figuresView(STREET))] });
    const { container } = renderPage();
    await screen.findByText('1,534 人次');
    expect(container.querySelector('.staff-page--desk .ranking__table.staff-table--desk')).toBeTruthy();
    expect(container.querySelector('.staff-table__cell--place')?.textContent).toBe('兴旺社区');
  });
});
