import { FIGURES } from '../../../../../test/figures-fixtures';
import { figureTopics, formatCount, formatHours, formatRating, formatScore, formatShare } from './figure-format';

describe('figure formatting', () => {
  it('shows shares as percentages with at most one decimal', () => {
    expect(formatShare(0.857)).toBe('85.7%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.12345)).toBe('12.3%');
    expect(formatShare(null)).toBe('—');
  });

  it('shows durations in hours, and in days from two days up', () => {
    expect(formatHours(18)).toBe('18 小时');
    expect(formatHours(1.25)).toBe('1.3 小时');
    expect(formatHours(47.5)).toBe('47.5 小时');
    expect(formatHours(60)).toBe('2.5 天');
    expect(formatHours(null)).toBe('—');
  });

  it('groups thousands and rounds ratings and scores', () => {
    expect(formatCount(12480)).toBe('12,480');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatRating(4.62)).toBe('4.6 分');
    expect(formatRating(null)).toBe('—');
    expect(formatScore(87.46)).toBe('87.5');
    expect(formatScore(null)).toBe('—');
  });

  it('lays the figures out by topic, with a reason beside each figure that was not counted', () => {
    const topics = figureTopics({ ...FIGURES, uniqueAttendees: null, activeRiders: null, ratingAverage: null });
    expect(topics.map((t) => t.title)).toEqual([
      '活动',
      '诉求办理',
      '各环节及时率',
      '满意度',
      '骑手（兼职网格员）',
      '积分',
      '成员',
      '志愿服务',
      '帮扶走访',
      '矛盾调解',
    ]);
    const cards = new Map(topics.flatMap((t) => t.cards).map((c) => [c.key, c]));
    expect(cards.get('uniqueAttendees')).toMatchObject({ value: '—', note: '自定义时段不计人数' });
    expect(cards.get('activeRiders')).toMatchObject({ value: '—', note: '自定义时段不计人数' });
    expect(cards.get('ratingAverage')).toMatchObject({ value: '—', note: '本期无评价' });
    expect(cards.get('onTime.inProgress')).toMatchObject({ label: '办结及时率', value: '—', note: '本期无办结' });
    expect(cards.get('onTime.claimed')).toMatchObject({ value: '85.7%', note: undefined });
    expect(cards.get('pointsIssued')?.value).toBe('12,480 分');
    expect(cards.get('medianCloseHours')?.value).toBe('18 小时');
    expect(cards.get('volunteerHours')?.value).toBe('96.5 小时');
    expect(cards.get('mediation.agreed')?.value).toBe('3 件');
  });

  it('says how many ratings stand behind the average', () => {
    const rating = figureTopics(FIGURES).find((t) => t.key === 'rating');
    expect(rating?.cards[0]).toMatchObject({ value: '4.6 分', note: '26 条评价' });
  });
});
