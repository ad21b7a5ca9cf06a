import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import {
  FIGURE_PLACES,
  scorecardsView,
  STREET,
  TODAY_MS,
  XINGWANG,
  YELLOW_GRID,
} from '../../../../../test/figures-fixtures';
import { taroTest } from '../../../../../test/mocks/taro';
import { atDesk, BINHE_ADMIN, staffMe, XINGWANG_STAFF } from '../../../../../test/staff-desk-fixtures';
import StaffScorecardsPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <StaffScorecardsPage />
    </QueryClientProvider>,
  );
}

function weightInput(container: HTMLElement, part: string): HTMLInputElement {
  return container.querySelector(`.weights-form__field--${part} input`) as HTMLInputElement;
}

describe('网格考评', () => {
  beforeEach(() => {
    taroTest.reset();
    atDesk(true);
    jest.spyOn(Date, 'now').mockReturnValue(TODAY_MS);
  });
  afterEach(() => jest.restoreAllMocks());

  it('ranks the grids with each part and the formula; the street admin saves new weights', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET figures/places': [ok(FIGURE_PLACES)],
      'GET figures/scorecards': [ok(scorecardsView())],
      'PUT figures/weights/street-binhe': [
        ok({ onTime: 50, satisfaction: 30, reopen: 20, visits: 0, participation: 0 }),
      ],
    });
    const { container } = renderPage();

    expect(
      await screen.findByText('2026年12月 · 得分 = 及时率×40% + 满意度×30% + 未重办率×20% + 参与度×10%'),
    ).toBeTruthy();
    const scores = [...container.querySelectorAll('.staff-table__cell--score')].map((c) => c.textContent);
    expect(scores).toEqual(['87.5', '—']);
    expect(container.querySelector('.staff-table__cell--satisfaction')?.textContent).toBe('92.4');
    for (const title of ['及时率', '满意度', '未重办率', '参与度']) {
      expect(container.querySelector('.staff-table__grid')?.textContent).toContain(title);
    }

    fireEvent.change(weightInput(container, 'onTime'), { target: { value: '50' } });
    fireEvent.change(weightInput(container, 'participation'), { target: { value: '0' } });
    expect(screen.getByText('占 50%')).toBeTruthy();
    fireEvent.click(screen.getByText('保存权重'));
    await waitFor(() => expect(sent.some((s) => s.method === 'PUT')).toBe(true));
    expect(sent.find((s) => s.method === 'PUT')?.data).toEqual({
      weights: { onTime: 50, satisfaction: 30, reopen: 20, visits: 0, participation: 0 },
    });
    // Every grid's score follows: the scorecards are asked for again.
    await waitFor(() => expect(sent.filter((s) => s.url.includes('figures/scorecards'))).toHaveLength(2));
  });

  it('checks the weights before sending, and shows WEIGHTS_INVALID from the API', async () => {
    const sent = fakeApi({
      'GET me': [ok(staffMe([BINHE_ADMIN]))],
      'GET figures/places': [ok(FIGURE_PLACES)],
      'GET figures/scorecards': [ok(scorecardsView())],
      'PUT figures/weights/street-binhe': [fail(422, ErrorCode.WeightsInvalid, '权重不能都为 0')],
    });
    const { container } = renderPage();
    await screen.findByText('保存权重');

    for (const part of ['onTime', 'satisfaction', 'reopen', 'visits', 'participation']) {
      fireEvent.change(weightInput(container, part), { target: { value: '0' } });
    }
    expect(screen.getByText('各项权重不能都为 0')).toBeTruthy();
    fireEvent.change(weightInput(container, 'reopen'), { target: { value: '1.5' } });
    expect(screen.getByText('请填写 0 或正整数')).toBeTruthy();
    fireEvent.click(screen.getByText('保存权重'));
    expect(sent.some((s) => s.method === 'PUT')).toBe(false);

    fireEvent.change(weightInput(container, 'reopen'), { target: { value: '1' } });
    fireEvent.click(screen.getByText('保存权重'));
    expect(await screen.findByText('权重未保存：权重不能都为 0（每项须为 0 或正整数，且不能都为 0）')).toBeTruthy();
  });

  it('opens on the place and period of the dashboard that linked here; community staff cannot set weights', async () => {
    taroTest.setRouterParams({ placeId: XINGWANG.id, period: 'quarter', date: '2026-11-02' });
    atDesk(false);
    const sent = fakeApi({
      'GET me': [ok(staffMe([XINGWANG_STAFF]))],
      'GET figures/places': [ok(FIGURE_PLACES.filter((p) => p.id !== STREET.id))],
      'GET figures/scorecards': [ok(scorecardsView({ place: XINGWANG }))],
    });
    const { container } = renderPage();

    await waitFor(() => expect(container.querySelectorAll('.scorecards__table .staff-card')).toHaveLength(2));
    const url = new URL(sent.find((s) => s.url.includes('figures/scorecards'))?.url ?? '');
    expect(Object.fromEntries(url.searchParams.entries())).toEqual({
      placeId: XINGWANG.id,
      period: 'quarter',
      date: '2026-11-02',
    });
    const cards = [...container.querySelectorAll('.staff-card__title')].map((c) => c.textContent);
    expect(cards).toEqual(['1. 丽日家园红色网格 · 87.5 分', `2. ${YELLOW_GRID.name} · 暂无得分`]);
    expect(screen.queryByText('保存权重')).toBeNull();
  });
});
