import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { chinaDay } from '@/utils/format-date';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import { gridWeekly } from '../../card/weekly-fixture';
import { mondayOf, shiftWeek } from '../../dates';
import WeeklyPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <WeeklyPage />
    </QueryClientProvider>,
  );
}

const thisMonday = mondayOf(chinaDay());
const weekOf = (from: string) => ({ from, to: from, label: `${from} 起` });

describe('网格周报', () => {
  let getContext: jest.SpyInstance;
  let toDataURL: jest.SpyInstance;
  const drawn: string[] = [];

  beforeEach(() => {
    taroTest.reset();
    signIn();
    taroTest.setRouterParams({ gridId: 'g1', communityId: 'c1' });
    drawn.length = 0;
    const ctx = {
      fillStyle: '',
      font: '',
      textAlign: 'left',
      textBaseline: 'top',
      fillRect: jest.fn(),
      fillText: (text: string) => drawn.push(text),
      measureText: (text: string) => ({ width: text.length * 20 }),
      scale: jest.fn(),
    };
    getContext = jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
    toDataURL = jest
      .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
      .mockImplementation(() => 'data:image/png;base64,iVBOR');
  });
  afterEach(() => {
    getContext.mockRestore();
    toDataURL.mockRestore();
  });

  it('shows this week of the grid asked for, steps back a week, and has no week after this one', async () => {
    const sent = fakeApi({
      'GET figures/weekly/g1': [
        ok(gridWeekly({ week: weekOf(thisMonday) })),
        ok(gridWeekly({ week: weekOf(shiftWeek(thisMonday, -1)), fixed: 4 })),
      ],
    });
    renderPage();

    expect(await screen.findByText(`${thisMonday} 起`)).toBeTruthy();
    expect(screen.getByText('阿吉拉沁社区 · 第一网格')).toBeTruthy();
    expect(screen.getByText('已等 5 天')).toBeTruthy();
    expect(screen.getByText('今天刚报')).toBeTruthy();
    expect(screen.getByText('阿吉拉沁社区志愿者本周服务 12.5 小时')).toBeTruthy();
    expect(screen.getByText('20 积分')).toBeTruthy();
    expect(sent[0].url).toBe(`http://api.test/api/figures/weekly/g1?date=${thisMonday}`);

    fireEvent.click(screen.getByText('下一周 ›'));
    fireEvent.click(screen.getByText('‹ 上一周'));
    const lastMonday = shiftWeek(thisMonday, -1);
    expect(await screen.findByText(`${lastMonday} 起`)).toBeTruthy();
    expect(screen.getByText('4')).toBeTruthy();
    expect(sent.map((s) => s.url.split('date=')[1])).toEqual([thisMonday, lastMonday]);
  });

  it('生成分享图 draws the card and shows the PNG with a download link; a new week drops it', async () => {
    fakeApi({
      'GET figures/weekly/g1': [
        ok(gridWeekly({ week: weekOf(thisMonday) })),
        ok(gridWeekly({ week: weekOf(shiftWeek(thisMonday, -1)) })),
      ],
    });
    const { container } = renderPage();
    fireEvent.click(await screen.findByText('生成分享图'));

    const image = container.querySelector('.share-card__image');
    expect(image?.getAttribute('src')).toBe('data:image/png;base64,iVBOR');
    const link = screen.getByText('下载图片');
    expect(link.getAttribute('download')).toBe(`网格周报-第一网格-${thisMonday}.png`);
    expect(drawn).toEqual(expect.arrayContaining(['网格周报', '阿吉拉沁社区 · 第一网格', '· 石榴籽环保袋']));
    expect(drawn.some((text) => text.includes('积分'))).toBe(false);

    fireEvent.click(screen.getByText('‹ 上一周'));
    await waitFor(() => expect(container.querySelector('.share-card__image')).toBeNull());
  });

  it('without a grid, the member picks one of the community’s grids', async () => {
    taroTest.setRouterParams({ communityId: 'c1' });
    fakeApi({
      'GET me': [
        ok({ id: 'member-1', nickname: '乌云', avatarUrl: null, phone: null, roles: [], home: null, createdAt: '' }),
      ],
      'GET places': [
        ok({ items: [{ id: 'g2', name: '第二网格', level: 'grid' }], page: 1, pageSize: 20, total: 1, hasMore: false }),
      ],
      'GET figures/weekly/g2': [ok(gridWeekly({ grid: { id: 'g2', name: '第二网格' }, week: weekOf(thisMonday) }))],
    });
    renderPage();
    fireEvent.click(await screen.findByText('第二网格'));
    expect(await screen.findByText('阿吉拉沁社区 · 第二网格')).toBeTruthy();
  });
});
