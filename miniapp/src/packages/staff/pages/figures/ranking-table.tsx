import { Text, View } from '@tarojs/components';
import { type FigureRankingRow, type FiguresQuery, PLACE_LEVEL_LABEL, type PlaceLevel } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useFigureRankingQuery } from '@/hooks/use-staff-figures-query';

import { formatCount, formatRating, formatShare } from '../../components/figures/figure-format';

interface RankingTableProps {
  query: FiguresQuery;
  /** The level of the place whose figures are shown; a grid has no places below. */
  level: PlaceLevel;
  onOpen: (placeId: string) => void;
}

/** The places one level below, best first (the API ranks them by closed problems and needs): a table at a desk. */
export function RankingTable({ query, level, onOpen }: RankingTableProps) {
  const ranking = useFigureRankingQuery(query);
  const rows = ranking.data ?? [];
  const rank = (row: FigureRankingRow) => rows.indexOf(row) + 1;
  const name = (row: FigureRankingRow) => (
    <Text className='ranking__place' onClick={() => onOpen(row.place.id)}>
      {row.place.name}
    </Text>
  );
  const columns: StaffColumn<FigureRankingRow>[] = [
    { key: 'rank', title: '排名', width: 0.5, render: (r) => <Text>{rank(r)}</Text> },
    { key: 'place', title: PLACE_LEVEL_LABEL[rows[0]?.place.level ?? 'grid'], width: 1.6, render: name },
    { key: 'problemsClosed', title: '随手拍办结', render: (r) => <Text>{formatCount(r.figures.problemsClosed)}</Text> },
    { key: 'needsClosed', title: '办实事', render: (r) => <Text>{formatCount(r.figures.needsClosed)}</Text> },
    { key: 'onTime', title: '办结及时率', render: (r) => <Text>{formatShare(r.figures.onTime.inProgress)}</Text> },
    { key: 'rating', title: '满意度', render: (r) => <Text>{formatRating(r.figures.ratingAverage)}</Text> },
    { key: 'eventsHeld', title: '活动场次', render: (r) => <Text>{formatCount(r.figures.eventsHeld)}</Text> },
    { key: 'attendance', title: '人次', render: (r) => <Text>{formatCount(r.figures.attendance)}</Text> },
    { key: 'pointsIssued', title: '积分发放', render: (r) => <Text>{formatCount(r.figures.pointsIssued)}</Text> },
  ];
  return (
    <View className='form-card ranking'>
      <Text className='form-card__title'>下级排名</Text>
      {level === 'grid' ? (
        <ListState variant='empty' text='网格是最小的考评单元，没有下级排名' />
      ) : (
        <StaffTable
          className='ranking__table'
          query={ranking}
          columns={columns}
          rowKey={(r) => r.place.id}
          emptyText='没有下级地点'
          renderCard={(r) => (
            <View onClick={() => onOpen(r.place.id)}>
              <Text className='staff-card__title'>{`${rank(r)}. ${r.place.name}`}</Text>
              <CardLine label='办结'>
                {`随手拍 ${formatCount(r.figures.problemsClosed)} 件 · 办实事 ${formatCount(r.figures.needsClosed)} 件`}
              </CardLine>
              <CardLine label='及时率 / 满意度'>
                {`${formatShare(r.figures.onTime.inProgress)} / ${formatRating(r.figures.ratingAverage)}`}
              </CardLine>
              <CardLine label='活动'>
                {`${formatCount(r.figures.eventsHeld)} 场 · ${formatCount(r.figures.attendance)} 人次`}
              </CardLine>
            </View>
          )}
        />
      )}
    </View>
  );
}
