import '@/styles/form.scss';
import '../../components/staff-desk.scss';
import '../../components/figures/figures.scss';

import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { type GridScorecard, Role, ScorecardPart } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useMeQuery } from '@/hooks/use-me-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useScorecardGridsQuery, useScorecardsQuery } from '@/hooks/use-staff-figures-query';
import { errorMessage } from '@/services/api-error';

import { formatCount, formatScore } from '../../components/figures/figure-format';
import { initialPeriod, periodFromParams } from '../../components/figures/period';
import { useFiguresFilter } from '../../components/figures/use-figures-filter';
import { SCORECARD_PART_LABEL } from './weights';
import { WeightsForm } from './weights-form';

const columns: StaffColumn<GridScorecard>[] = [
  { key: 'rank', title: '排名', width: 0.5, render: (g) => <Text>{g.rank}</Text> },
  { key: 'grid', title: '网格', width: 1.6, render: (g) => <Text>{g.grid.name}</Text> },
  { key: 'community', title: '社区', width: 1.2, render: (g) => <Text>{g.communityName}</Text> },
  {
    key: 'score',
    title: '得分',
    render: (g) => <Text className='scorecard-score'>{formatScore(g.score)}</Text>,
  },
  ...ScorecardPart.map((part) => ({
    key: part,
    title: SCORECARD_PART_LABEL[part],
    render: (g: GridScorecard) => <Text>{formatScore(g.parts[part])}</Text>,
  })),
  { key: 'orders', title: '完成工单', render: (g) => <Text>{formatCount(g.ordersFinished)}</Text> },
  { key: 'ratings', title: '评价数', render: (g) => <Text>{formatCount(g.ratingCount)}</Text> },
];

function ScorecardCard({ card }: { card: GridScorecard }) {
  return (
    <>
      <Text className='staff-card__title'>
        {`${card.rank}. ${card.grid.name} · ${card.score === null ? '暂无得分' : `${formatScore(card.score)} 分`}`}
      </Text>
      <CardLine label='社区'>{card.communityName}</CardLine>
      {ScorecardPart.map((part) => (
        <CardLine key={part} label={SCORECARD_PART_LABEL[part]}>
          {formatScore(card.parts[part])}
        </CardLine>
      ))}
      <CardLine label='完成工单 / 评价'>{`${formatCount(card.ordersFinished)} / ${formatCount(card.ratingCount)}`}</CardLine>
    </>
  );
}

/**
 * 网格考评 (网格专项考评): each grid under the chosen place scored for the period by the street's weighted formula,
 * best first; the street's admin sets the weights here.
 */
export default function StaffScorecardsPage() {
  const { params } = useRouter();
  const filter = useFiguresFilter({
    placeId: params.placeId,
    period: (today) => periodFromParams(params, initialPeriod(today)),
  });
  const view = useScorecardsQuery(filter.query);
  const grids = useScorecardGridsQuery(filter.query);
  const me = useMeQuery();
  useRefreshOnPull(view);
  const data = view.data;
  const admin = data
    ? me.data?.roles.some((grant) => grant.role === Role.StreetAdmin && grant.placeId === data.streetId)
    : false;
  const street = me.data?.roles.find((grant) => grant.placeId === data?.streetId)?.placeName ?? '本街道';

  return (
    <StaffPage title='网格考评' className='staff-scorecards-page'>
      {filter.element}
      {filter.query && view.isError ? (
        <ListState variant='error' detail={errorMessage(view.error)} onRetry={() => view.refetch()} />
      ) : null}
      {data ? (
        <View className='scorecards'>
          <Text className='scorecards-formula'>{`${data.period.label} · ${data.formula}`}</Text>
          <StaffTable
            className='scorecards__table'
            query={grids}
            columns={columns}
            rowKey={(g) => g.grid.id}
            emptyText='这里没有网格'
            renderCard={(g) => <ScorecardCard card={g} />}
          />
          {admin ? (
            <WeightsForm key={data.streetId} streetId={data.streetId} streetName={street} weights={data.weights} />
          ) : null}
        </View>
      ) : null}
    </StaffPage>
  );
}
