import '@/styles/form.scss';
import '../../components/staff-desk.scss';
import '../../components/figures/figures.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { ListState } from '@/components/ListState';
import { StaffPage } from '@/components/StaffPage';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useFiguresQuery } from '@/hooks/use-staff-figures-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { formatTime } from '@/utils/format-date';

import { periodLabel } from '../../components/figures/period';
import { useFiguresFilter } from '../../components/figures/use-figures-filter';
import { ExportButton } from './export-button';
import { FigureTopics } from './figure-topics';
import { RankingTable } from './ranking-table';
import { TrendPanel } from './trend-panel';

/**
 * 数据看板 (community staff, street admins, grid workers): a place they may read and a period; the figures by
 * topic, their trend, the places below ranked, and the same figures as the 述职 workbook.
 */
export default function StaffFiguresPage() {
  const filter = useFiguresFilter();
  const figures = useFiguresQuery(filter.query);
  useRefreshOnPull(figures);
  const view = figures.data;
  const title = filter.place ? `${filter.place.name}-${view?.period.label ?? periodLabel(filter.period)}` : '';

  let content: JSX.Element | null = null;
  if (!filter.query) content = null;
  else if (figures.isPending) content = <ListState variant='loading' />;
  else if (figures.isError) {
    content = <ListState variant='error' detail={errorMessage(figures.error)} onRetry={() => figures.refetch()} />;
  } else if (view) {
    content = (
      <View className={`figures-view${figures.isPlaceholderData ? ' figures-view--stale' : ''}`}>
        <View className='figures-meta'>
          <Text className='figures-meta__where'>{`${view.place.name} · ${view.period.label}`}</Text>
          <Text className='figures-meta__updated'>
            {figures.isPlaceholderData
              ? '更新中…'
              : view.updatedAt
                ? `数据更新于 ${formatTime(view.updatedAt)}`
                : '数据统计中'}
          </Text>
        </View>
        <FigureTopics figures={view.figures} />
        <TrendPanel trend={view.trend} />
        <RankingTable query={filter.query} level={view.place.level} onOpen={filter.choosePlace} />
      </View>
    );
  }

  return (
    <StaffPage
      title='数据看板'
      className='staff-figures-page'
      actions={<ExportButton query={filter.query} title={title} />}
    >
      {filter.element}
      {content}
      {filter.query ? (
        <Button
          className='form-submit figures-scorecards-link'
          block
          fill='outline'
          onClick={() => Taro.navigateTo({ url: PagePath.StaffScorecards(filter.query ?? undefined) })}
        >
          网格考评
        </Button>
      ) : null}
    </StaffPage>
  );
}
