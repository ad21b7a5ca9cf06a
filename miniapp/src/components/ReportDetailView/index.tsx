import './report-detail-view.scss';

import { Text, View } from '@tarojs/components';
import { REPORT_KIND_LABEL, type ReportDetail } from '@tongxin/types';

import { OrderTimeline } from '@/components/OrderTimeline';
import { OrderStatusTag, PhotoStrip, placeLine } from '@/components/ReportCard';
import { formatDateTime } from '@/utils/format-date';

/** The report as its reporter sees it: status, words, photos, place, and every step of its order. */
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
        <Text className='report-detail__text'>{report.text}</Text>
        <PhotoStrip photos={report.photos} />
        <Text className='report-detail__meta'>{placeLine(report)}</Text>
        {report.preferredTime ? <Text className='report-detail__meta'>期望时间：{report.preferredTime}</Text> : null}
        <Text className='report-detail__meta'>上报于 {formatDateTime(report.createdAt)}</Text>
        {order.handlerNickname ? <Text className='report-detail__meta'>处理人：{order.handlerNickname}</Text> : null}
        {order.rating ? (
          <Text className='report-detail__meta report-detail__rating'>
            我的评价：{'★'.repeat(order.rating)}
            {order.ratingComment ? ` ${order.ratingComment}` : ''}
          </Text>
        ) : null}
      </View>
      <View className='form-card'>
        <Text className='form-card__title'>处理进度</Text>
        <OrderTimeline history={report.history} />
      </View>
    </View>
  );
}
