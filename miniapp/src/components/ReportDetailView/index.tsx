import './report-detail-view.scss';

import { Text, View } from '@tarojs/components';
import { type ModerationState, REPORT_KIND_LABEL, type ReportDetail } from '@tongxin/types';

import { FlagButton } from '@/components/FlagButton';
import { OrderTimeline } from '@/components/OrderTimeline';
import { ModerationBadge, OrderStatusTag, PhotoStrip, placeLine } from '@/components/ReportCard';
import { formatDateTime } from '@/utils/format-date';

/** What the reporter is told under the badge while others cannot see the report. */
const MODERATION_NOTE: Partial<Record<ModerationState, string>> = {
  held: '这条上报正在审核，通过后网格员和邻居才能看到。',
  hidden: '有邻居举报了这条上报，工作人员复核前其他人看不到。',
  removed: '这条上报已被工作人员移除，原因见消息通知。',
};

/**
 * The report as its reporter sees it: status, words, photos, place, and every step of its order. Anyone else may
 * flag (举报) the report or one of its photos.
 */
export function ReportDetailView({ report }: { report: ReportDetail }) {
  const { order } = report;
  return (
    <View className='report-detail'>
      <View className='form-card'>
        <View className='report-detail__head'>
          <Text className='report-detail__category'>
            {REPORT_KIND_LABEL[report.kind]} · {report.categoryName}
          </Text>
          <OrderStatusTag report={report} />
        </View>
        <ModerationBadge state={report.moderation} />
        {report.moderation && MODERATION_NOTE[report.moderation] ? (
          <Text className='report-detail__moderation-note'>{MODERATION_NOTE[report.moderation]}</Text>
        ) : null}
        <Text className='report-detail__text'>{report.text}</Text>
        <PhotoStrip
          photos={report.photos}
          footer={(photo) => (
            <FlagButton
              className='report-detail__flag-photo'
              kind='photo'
              id={photo.id}
              mine={report.isMine}
              subject='这张照片'
            />
          )}
        />
        <Text className='report-detail__meta'>{placeLine(report)}</Text>
        {report.preferredTime ? <Text className='report-detail__meta'>期望时间：{report.preferredTime}</Text> : null}
        <Text className='report-detail__meta'>上报于 {formatDateTime(report.createdAt)}</Text>
        {order.handlerNickname ? <Text className='report-detail__meta'>处理人：{order.handlerNickname}</Text> : null}
        {order.promisedAt ? (
          <Text className='report-detail__meta report-detail__promise'>
            承诺上门时间：{formatDateTime(order.promisedAt)}（稍后上门）
          </Text>
        ) : null}
        {order.rating ? (
          <Text className='report-detail__meta report-detail__rating'>
            我的评价：{'★'.repeat(order.rating)}
            {order.ratingComment ? ` ${order.ratingComment}` : ''}
          </Text>
        ) : null}
        <FlagButton
          className='report-detail__flag'
          kind='report'
          id={report.id}
          mine={report.isMine}
          subject='这条上报'
        />
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>处理进度</Text>
        <OrderTimeline history={report.history} />
      </View>
    </View>
  );
}
